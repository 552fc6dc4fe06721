/** The task pane's behaviour: props in, everything the renderer draws out (no Office.js here, only the host). */
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, type Dispatch, type RefObject } from 'react';
import { formatMessage, getLocale, type Issue, type Lang, type Locale } from '../../core';
import type { WorkbookHost } from '../../app/workbookHost';
import { describeFailure } from '../describeFailure';
import { headerHint } from '../headerHint';
import { initialPaneState } from '../initialPaneState';
import { listUserSheets } from '../listUserSheets';
import { todayIso } from '../../app/todayIso';
import type { PaneAction, PaneNotice, PaneTask, TaskPaneState, UiTextKey } from '../paneTypes';
import type { PaneUseCases } from '../paneUseCases';
import { runPaneTask } from '../runPaneTask';
import { taskPaneReducer } from '../taskPaneReducer';

export interface TaskPaneProps {
  host: WorkbookHost;
  useCases: PaneUseCases;
  /** Today, for the as-of field's default; injectable so a test can fix it. */
  today?: () => Date;
}

export interface TaskPaneView {
  state: TaskPaneState;
  locale: Locale;
  strings: Locale['ui'];
  /** The as-of date shown: the chosen one or today. */
  asOf: string;
  /** The notice in the current language, with its hint. */
  notice: { intent: PaneNotice['intent']; text: string; hint: string | null } | null;
  progressText: string | null;
  /** What a screen reader is told besides the notice, e.g. that an issue's cell is now selected. */
  announcement: string;
  /** The leave-out picker is reading the workbook's sheet names. */
  sheetsLoading: boolean;
  /** Ids tying the progress bar and the notice to the text that names them. */
  ids: { progress: string; notice: string };
  /** Where each task button registers itself, so focus can return to it when its notice is closed. */
  taskButtonRef: (task: PaneTask) => (button: HTMLButtonElement | null) => void;
  run: (task: PaneTask) => void;
  /** Reads the workbook's sheet names for the leave-out picker, once, when it first opens. */
  listSheets: () => void;
  setLang: (lang: Lang) => void;
  setAsOf: (asOf: string) => void;
  setSince: (since: string) => void;
  setSkipSheets: (sheets: string[]) => void;
  selectIssue: (issue: Issue) => void;
  dismiss: () => void;
}

/**
 * State and handlers of the task pane.
 * @example const view = useTaskPane({ host, useCases }); view.run('summary')
 */
export function useTaskPane({ host, useCases, today = () => new Date() }: TaskPaneProps): TaskPaneView {
  const [state, dispatch] = useReducer(taskPaneReducer, undefined, initialPaneState);
  // Handlers read the latest state through a ref so a click never acts on a stale render.
  const stateRef = useRef(state);
  stateRef.current = state;

  useLoadSettings(host, dispatch);
  const [announcement, setAnnouncement] = useState('');
  const { run, lastTaskRef, checkedLangRef } = useTaskRunner(host, useCases, stateRef, dispatch, setAnnouncement);
  useSaveChangedSettings(host, state);
  useRecheckOnLanguageSwitch(state, checkedLangRef, run);
  const taskButtons = useTaskButtons();
  const sheets = useSheetListing(host, dispatch);
  const ids = { progress: useId(), notice: useId() };

  const locale = getLocale(state.settings.lang);
  const strings = locale.ui;
  const notice = useMemo(() => noticeText(state.notice, locale), [state.notice, locale]);

  return {
    state,
    locale,
    strings,
    asOf: state.settings.asOf ?? todayIso(today()),
    notice,
    progressText: state.busy === null ? null : strings.progress[state.busy],
    announcement,
    sheetsLoading: sheets.loading,
    ids,
    taskButtonRef: taskButtons.ref,
    run,
    listSheets: sheets.list,
    setLang: (lang) => dispatch({ type: 'setLang', lang }),
    setAsOf: (asOf) => dispatch({ type: 'setAsOf', asOf: asOf === '' ? null : asOf }),
    setSince: (since) => dispatch({ type: 'setSince', since: since === '' ? null : since }),
    setSkipSheets: (skipSheets) => dispatch({ type: 'setSkipSheets', skipSheets }),
    selectIssue: (issue) => {
      setAnnouncement('');
      host.selectCell(issue.sheet, issue.cell).then(
        () => setAnnouncement(formatMessage(strings.cellSelected, { cell: issue.cell, sheet: issue.sheet })),
        (error: unknown) => dispatch({ type: 'failed', notice: describeFailure(error) }),
      );
    },
    dismiss: () => {
      dispatch({ type: 'dismissed' });
      // The close button goes away with the notice: focus goes back to the task that brought it.
      taskButtons.focus(lastTaskRef.current);
    },
  };
}

/**
 * Runs one task at a time on the latest settings and the date to compare with, and remembers the task last run (focus
 * goes back to its button) and the language the last check ran in (the issues shown are in it, whatever the picker says).
 */
function useTaskRunner(
  host: WorkbookHost,
  useCases: PaneUseCases,
  stateRef: RefObject<TaskPaneState>,
  dispatch: Dispatch<PaneAction>,
  setAnnouncement: (text: string) => void,
): { run: (task: PaneTask) => void; lastTaskRef: RefObject<PaneTask>; checkedLangRef: RefObject<Lang | null> } {
  const lastTaskRef = useRef<PaneTask>('summary');
  const checkedLangRef = useRef<Lang | null>(null);
  const run = useCallback(
    (task: PaneTask) => {
      if (stateRef.current.busy !== null) return;
      const settings = stateRef.current.settings;
      lastTaskRef.current = task;
      if (task === 'validate') checkedLangRef.current = settings.lang;
      setAnnouncement('');
      dispatch({ type: 'started', task });
      void runPaneTask(task, host, settings, useCases, stateRef.current.since).then(dispatch);
    },
    [host, useCases, stateRef, dispatch, setAnnouncement],
  );
  return { run, lastTaskRef, checkedLangRef };
}

/** Where each task button is, so that focus can go back to the one whose notice was closed. */
function useTaskButtons(): { ref: (task: PaneTask) => (button: HTMLButtonElement | null) => void; focus: (task: PaneTask) => void } {
  const buttons = useRef(new Map<PaneTask, HTMLButtonElement>());
  const ref = useCallback(
    (task: PaneTask) => (button: HTMLButtonElement | null) => {
      if (button === null) buttons.current.delete(task);
      else buttons.current.set(task, button);
    },
    [],
  );
  const focus = useCallback((task: PaneTask) => buttons.current.get(task)?.focus(), []);
  return { ref, focus };
}

/** Loads the settings saved with the workbook once per host; a failed load starts from the defaults. */
function useLoadSettings(host: WorkbookHost, dispatch: Dispatch<PaneAction>): void {
  useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .catch(() => ({}))
      .then((saved) => {
        if (live) dispatch({ type: 'settingsLoaded', settings: saved });
      });
    return () => {
      live = false;
    };
  }, [host]);
}

/** Saved settings travel with the workbook; write them only when the user changed something. */
function useSaveChangedSettings(host: WorkbookHost, state: TaskPaneState): void {
  const savedRef = useRef<string | null>(null);
  useEffect(() => {
    if (!state.settingsLoaded) return;
    const json = JSON.stringify(state.settings);
    if (savedRef.current === null) {
      savedRef.current = json;
      return;
    }
    if (json === savedRef.current) return;
    savedRef.current = json;
    // A failed save (e.g. a read-only workbook) must not block the pane; the next change tries again.
    void host.saveSettings(state.settings).catch(() => undefined);
  }, [host, state.settings, state.settingsLoaded]);
}

/**
 * Issue messages come in the language of the check: re-check so the list follows the switch. A switch made while a task
 * runs (arrow keys through the languages) is caught up once the pane is idle, in the language chosen last; a failed
 * re-check is not retried until the language changes again.
 */
function useRecheckOnLanguageSwitch(state: TaskPaneState, checkedLangRef: RefObject<Lang | null>, run: (task: PaneTask) => void): void {
  const lang = state.settings.lang;
  const idle = state.busy === null;
  const hasIssues = state.issues !== null;
  useEffect(() => {
    if (!idle || !hasIssues || checkedLangRef.current === null || checkedLangRef.current === lang) return;
    run('validate');
  }, [lang, idle, hasIssues, checkedLangRef, run]);
}

/** The leave-out picker lists the workbook's own sheets the first time it opens, before any task has run. */
function useSheetListing(host: WorkbookHost, dispatch: Dispatch<PaneAction>): { loading: boolean; list: () => void } {
  const [loading, setLoading] = useState(false);
  const doneRef = useRef(false);
  const list = useCallback(() => {
    if (doneRef.current) return;
    doneRef.current = true;
    setLoading(true);
    host.readWorkbook().then(
      (workbook) => {
        dispatch({ type: 'sheetsListed', sheets: listUserSheets(workbook) });
        setLoading(false);
      },
      () => {
        // Nothing to list this time (e.g. Excel was busy): the next opening tries again.
        doneRef.current = false;
        setLoading(false);
      },
    );
  }, [host, dispatch]);
  return { loading, list };
}

function noticeText(notice: PaneNotice | null, locale: Locale): TaskPaneView['notice'] {
  if (notice === null) return null;
  // The header hints are drawn from the current language, so they switch with it.
  // The number column is optional in every template: the hint names the columns that find a table.
  const { number: _number, ...roles } = locale.headerWords;
  const hints = {
    headers: headerHint(roles),
    budgetHeaders: headerHint(locale.budgetHeaderWords),
  };
  return {
    intent: notice.intent,
    text: formatMessage(uiText(locale, notice.key), { ...hints, ...notice.params }),
    hint: notice.hint ? formatMessage(uiText(locale, notice.hint.key), { ...hints, ...notice.hint.params }) : null,
  };
}

function uiText(locale: Locale, key: PaneNotice['key']): string {
  return key.startsWith('errors.') ? locale.ui.errors[key.slice(7) as keyof Locale['ui']['errors']] : locale.ui[key as UiTextKey];
}
