/**
 * The contract's fixed word lists, without zod: the schemas build their enums from them, and code that needs only the
 * lists (the CLI's compiled bundle, which never parses a report at run time) loads no schema library for them.
 */

export const CANONICAL_STATUSES = [
  'done',
  'partial',
  'in_progress',
  'not_started',
  'not_done',
  'suspended',
  'removed',
  'unknown',
  'missing',
] as const;

export const LANGS = ['fi', 'sv', 'en'] as const;

export const COLUMN_ROLES = ['number', 'action', 'goal', 'schedule', 'metric', 'owner', 'status'] as const;

export const BUDGET_COLUMNS = ['budget', 'actual', 'forecast', 'proposal', 'frame'] as const;

/** The comparisons computed for every budget row (and the sheet's own computed columns they check). */
export const BUDGET_COMPARISONS = [
  'actualVsBudgetPct',
  'forecastVsBudgetPct',
  'proposalVsBudgetPct',
  'proposalVsForecastPct',
  'proposalMinusFrame',
] as const;

export const VERDICTS = ['met', 'not_met', 'no_data', 'qualitative', 'unreadable'] as const;

export const TRENDS = ['improving', 'worsening', 'flat'] as const;

export const INDICATOR_ROLES = ['indicator', 'target', 'baseline', 'actual', 'goal', 'owner', 'status'] as const;

/** `history`: the snapshots per summary (issue 15). `consolidation*`: the finance office's consolidated workbook (Koonti, Myöhässä, Huomiot), a new file of its own. */
export const SHEET_KINDS = ['summary', 'budget', 'history', 'consolidation', 'consolidationOverdue', 'consolidationIssues'] as const;
