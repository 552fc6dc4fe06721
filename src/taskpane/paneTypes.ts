/** The task pane's state as data: what the user set, what is running, and what the last run found. */
import type { Changes, Issue, Locale, StatusCounts, VerdictCounts } from '../core';
import type { SeurantaSettings } from '../app/workbookHost';

/** One button, one task. */
export type PaneTask = 'validate' | 'summary' | 'budget' | 'colours';

/** A `ui` key whose value is a plain template (not a nested section). */
export type UiTextKey = {
  [K in keyof Locale['ui']]: Locale['ui'][K] extends string ? K : never;
}[keyof Locale['ui']];

/** The explanation of one of Excel's refusals, by the host's error code. */
export type UiErrorKey = `errors.${keyof Locale['ui']['errors'] & string}`;

/**
 * A message kept as a key and its parameters, not as text, so that a language switch redraws it
 * in the new language.
 */
export interface PaneNotice {
  intent: 'success' | 'info' | 'warning' | 'error';
  key: UiTextKey | UiErrorKey;
  params?: Readonly<Record<string, string | number>>;
  /** A second line, e.g. the headers the readers look for. */
  hint?: { key: UiTextKey; params?: Readonly<Record<string, string | number>> };
}

export interface PaneCounts {
  total: number;
  byStatus: StatusCounts;
  /** What moved since the earlier summary in the workbook's history; null or absent without one. */
  changes?: Changes | null;
  /** The indicators by verdict, where the report has them. */
  indicators?: VerdictCounts;
}

export interface TaskPaneState {
  settings: SeurantaSettings;
  /** True once the workbook's saved settings were read (before that, nothing is saved back). */
  settingsLoaded: boolean;
  /** Sheets with tables seen so far plus those left out: the choices of the leave-out picker. */
  knownSheets: string[];
  busy: PaneTask | null;
  notice: PaneNotice | null;
  /** The last check's issues (in the language of that check); null before any check. */
  issues: Issue[] | null;
  counts: PaneCounts | null;
  /** The earlier summary the next one is compared with, by date (the latest on or before it); null: the latest earlier one. Not saved. */
  since: string | null;
}

/** What a run read: enough to tell an empty workbook from one without a table we know. */
export interface PaneFindings {
  /** No sheet had a single filled cell. */
  empty: boolean;
  actionTables: number;
  budgetTables: number;
  /** Sheets holding a table or an issue, in the order the report lists them. */
  sheets: string[];
}

/** What a finished task tells the pane. */
export type PaneOutcome =
  | { task: 'validate'; issues: Issue[]; counts: PaneCounts; found: PaneFindings }
  /** `printLayout: false`: the host could not set how the sheet prints (below ExcelApi 1.9). */
  | { task: 'summary'; sheet: string; counts: PaneCounts; found: PaneFindings; printLayout?: boolean }
  | { task: 'budget'; sheet: string | null; found: PaneFindings; printLayout?: boolean }
  | { task: 'colours'; result: 'added' | 'removed'; columns: number };

export type PaneAction =
  | { type: 'settingsLoaded'; settings: Partial<SeurantaSettings> }
  | { type: 'setLang'; lang: SeurantaSettings['lang'] }
  | { type: 'setAsOf'; asOf: string | null }
  | { type: 'setSince'; since: string | null }
  | { type: 'setSkipSheets'; skipSheets: string[] }
  | { type: 'started'; task: PaneTask }
  | { type: 'succeeded'; outcome: PaneOutcome }
  | { type: 'failed'; notice: PaneNotice }
  /** The workbook's own sheets, read when the leave-out picker opens before any task has run. */
  | { type: 'sheetsListed'; sheets: string[] }
  | { type: 'dismissed' };
