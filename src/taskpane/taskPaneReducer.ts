/** Every change of the pane's state, as a pure function the hook and the tests share. */
import { langSchema, isoDateSchema } from '../core';
import type { SeurantaSettings } from '../app/workbookHost';
import type { PaneAction, PaneFindings, PaneNotice, PaneOutcome, TaskPaneState } from './paneTypes';

/**
 * The next state of the pane after an action.
 * @example taskPaneReducer(initialPaneState(), { type: 'started', task: 'summary' }).busy //=> 'summary'
 */
export function taskPaneReducer(state: TaskPaneState, action: PaneAction): TaskPaneState {
  switch (action.type) {
    case 'settingsLoaded': {
      const settings = mergeSettings(state.settings, action.settings);
      return {
        ...state,
        settings,
        settingsLoaded: true,
        knownSheets: union(state.knownSheets, settings.skipSheets),
      };
    }
    case 'setLang':
      return { ...state, settings: { ...state.settings, lang: action.lang } };
    case 'setAsOf':
      return { ...state, settings: { ...state.settings, asOf: validDate(action.asOf) } };
    case 'setSince':
      return { ...state, since: validDate(action.since) };
    case 'setSkipSheets':
      return {
        ...state,
        settings: { ...state.settings, skipSheets: [...action.skipSheets] },
        knownSheets: union(state.knownSheets, action.skipSheets),
      };
    case 'started':
      // A second click while a task runs is ignored: two writes at once would race in the workbook.
      if (state.busy !== null) return state;
      return { ...state, busy: action.task, notice: null };
    case 'succeeded':
      return succeeded(state, action.outcome);
    case 'failed':
      return { ...state, busy: null, notice: action.notice };
    case 'sheetsListed':
      return { ...state, knownSheets: union(state.knownSheets, action.sheets) };
    case 'dismissed':
      return { ...state, notice: null };
  }
}

function succeeded(state: TaskPaneState, outcome: PaneOutcome): TaskPaneState {
  const done = { ...state, busy: null };
  switch (outcome.task) {
    case 'validate': {
      const notice =
        missingTables(outcome.found) ??
        (outcome.issues.length === 0
          ? notice_('success', 'noIssues', { total: outcome.counts.total })
          : notice_('info', 'validateDone', { total: outcome.counts.total, count: outcome.issues.length }));
      return {
        ...done,
        notice,
        issues: outcome.issues,
        counts: outcome.counts,
        knownSheets: union(state.knownSheets, outcome.found.sheets),
      };
    }
    case 'summary':
      return {
        ...done,
        notice:
          missingTables(outcome.found) ??
          printHint(notice_('success', 'summaryDone', { sheet: outcome.sheet, total: outcome.counts.total }), outcome.printLayout),
        counts: outcome.counts,
        knownSheets: union(state.knownSheets, outcome.found.sheets),
      };
    case 'budget':
      return {
        ...done,
        notice: outcome.found.empty
          ? notice_('warning', 'emptyWorkbook')
          : outcome.sheet === null
            ? notice_('warning', 'budgetNone')
            : printHint(notice_('success', 'budgetDone', { sheet: outcome.sheet }), outcome.printLayout),
        knownSheets: union(state.knownSheets, outcome.found.sheets),
      };
    case 'colours':
      return {
        ...done,
        notice:
          outcome.result === 'added'
            ? outcome.columns === 0
              ? { ...notice_('warning', 'noTable'), hint: { key: 'noTableHint' } }
              : notice_('success', 'coloursAdded', { count: outcome.columns })
            : notice_('success', 'coloursRemoved'),
      };
  }
}

/** A sheet written where the host could not set how it prints says how to set it by hand. */
function printHint(notice: PaneNotice, printLayout: boolean | undefined): PaneNotice {
  return printLayout === false ? { ...notice, hint: { key: 'noPageLayout' } } : notice;
}

/** An empty workbook, or one where no table was recognised, says so instead of "0 actions". */
function missingTables(found: PaneFindings): PaneNotice | null {
  if (found.empty) return notice_('warning', 'emptyWorkbook');
  if (found.actionTables === 0 && found.budgetTables === 0) {
    return { ...notice_('warning', 'noTable'), hint: { key: 'noTableHint' } };
  }
  return null;
}

function notice_(intent: PaneNotice['intent'], key: PaneNotice['key'], params?: Readonly<Record<string, string | number>>): PaneNotice {
  return params === undefined ? { intent, key } : { intent, key, params };
}

/** Saved settings come from the workbook, written by any version: keep only what is valid. */
function mergeSettings(current: SeurantaSettings, saved: Partial<SeurantaSettings>): SeurantaSettings {
  const lang = langSchema.safeParse(saved.lang);
  const skip = Array.isArray(saved.skipSheets) ? saved.skipSheets.filter((s) => typeof s === 'string') : null;
  return {
    lang: lang.success ? lang.data : current.lang,
    asOf: saved.asOf === undefined ? current.asOf : validDate(saved.asOf),
    skipSheets: skip ?? current.skipSheets,
  };
}

function validDate(value: string | null): string | null {
  return value !== null && isoDateSchema.safeParse(value).success ? value : null;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const s of b) if (!out.includes(s)) out.push(s);
  return out;
}
