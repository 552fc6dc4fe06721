/** The task pane's behaviour: props in, everything the renderer draws out (no Office.js here, only the host). */
import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch, type RefObject } from 'react';
import { formatMessage, getLocale, type Issue, type Lang, type Locale } from '../../core';
import type { WorkbookHost } from '../../app/workbookHost';
import { describeFailure } from '../describeFailure';
import { headerHint } from '../headerHint';
import { initialPaneState } from '../initialPaneState';
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
  run: (task: PaneTask) => void;
  setLang: (lang: Lang) => void;
  setAsOf: (asOf: string) => void;
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
  const run = useCallback(
    (task: PaneTask) => {
      if (stateRef.current.busy !== null) return;
      const settings = stateRef.current.settings;
      dispatch({ type: 'started', task });
      void runPaneTask(task, host, settings, useCases).then(dispatch);
    },
    [host, useCases],
  );
  useSaveChangedSettings(host, state);
  useRecheckOnLanguageSwitch(state.settings.lang, stateRef, run);

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
    run,
    setLang: (lang) => dispatch({ type: 'setLang', lang }),
    setAsOf: (asOf) => dispatch({ type: 'setAsOf', asOf: asOf === '' ? null : asOf }),
    setSkipSheets: (skipSheets) => dispatch({ type: 'setSkipSheets', skipSheets }),
    selectIssue: (issue) => {
      host.selectCell(issue.sheet, issue.cell).catch((error: unknown) => {
        dispatch({ type: 'failed', notice: describeFailure(error) });
      });
    },
    dismiss: () => dispatch({ type: 'dismissed' }),
  };
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

/** Issue messages come in the language of the check: re-check so the list follows the switch. */
function useRecheckOnLanguageSwitch(lang: Lang, stateRef: RefObject<TaskPaneState>, run: (task: PaneTask) => void): void {
  const langRef = useRef<Lang>(lang);
  useEffect(() => {
    if (lang === langRef.current) return;
    langRef.current = lang;
    if (stateRef.current.issues !== null) run('validate');
  }, [lang, run]);
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
