/** The report contract of docs/ARCHITECTURE.md, defined once: every host writes and validates against it. */
import { z } from 'zod';
import {
  BUDGET_COLUMNS,
  BUDGET_COMPARISONS,
  CANONICAL_STATUSES,
  COLUMN_ROLES,
  INDICATOR_ROLES,
  LANGS,
  TRENDS,
  VERDICTS,
} from './vocabulary';

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const canonicalStatusSchema = z.enum(CANONICAL_STATUSES);
export type CanonicalStatus = z.infer<typeof canonicalStatusSchema>;

/** Canonical status → count; every status is present (0 where none). */
export const statusCountsSchema = z.record(canonicalStatusSchema, z.number().int().nonnegative());
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

export const scheduleSchema = z.object({
  text: z.string(),
  start: isoDateSchema.nullable(),
  end: isoDateSchema.nullable(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const columnRoleSchema = z.enum(COLUMN_ROLES);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

export const actionItemSchema = z.object({
  /** The Excel row number of the item (for card layouts: the row of its action). */
  row: z.number().int().positive(),
  /** The action; a continuation row carries the action of the row it continues. */
  action: z.string(),
  /** The action's own number as written ("1.a", "3b", "12."), where it has one. */
  number: z.string().nullable(),
  goal: z.string().nullable(),
  metric: z.string().nullable(),
  schedule: scheduleSchema.nullable(),
  owner: z.string().nullable(),
  /** The status as written, '' when empty. */
  statusText: z.string(),
  status: canonicalStatusSchema,
  /** A reason given with the status, e.g. "korona" in "Ei /korona". */
  statusReason: z.string().nullable(),
  overdue: z.boolean(),
  section: z.string().nullable(),
  /** The category of a repeated header, e.g. "kansalaispalvelut" in "Toimenpide/kansalaispalvelut". */
  category: z.string().nullable(),
  /** True when the row has no action of its own and continues the previous one. */
  continuation: z.boolean(),
  /** A1 addresses (no sheet) of this item's cells by role, for links and issues. */
  cells: z.partialRecord(columnRoleSchema, z.string()),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const sectionSchema = z.object({
  title: z.string(),
  /** Excel row of the section row (for card layouts, the first row of its first card). */
  row: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  byStatus: statusCountsSchema,
});
export type Section = z.infer<typeof sectionSchema>;

export const actionTableSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  headerRow: z.number().int().positive(),
  /** How the table is laid out on the sheet. */
  layout: z.enum(['rows', 'excelTable', 'cards']),
  /** Name of the Excel table (ListObject), where it is one. */
  excelTable: z.string().nullable(),
  /** Column role → column letter. */
  columns: z.partialRecord(columnRoleSchema, z.string()),
  /** A title above the table (e.g. the workstream's name). */
  title: z.string().nullable(),
  /** The chair from a "Puheenjohtaja …" line, the owner where the table has no owner column. */
  chair: z.string().nullable(),
  total: z.number().int().nonnegative(),
  byStatus: statusCountsSchema,
  sections: z.array(sectionSchema),
  items: z.array(actionItemSchema),
});
export type ActionTable = z.infer<typeof actionTableSchema>;

export const budgetColumnSchema = z.enum(BUDGET_COLUMNS);
export type BudgetColumn = z.infer<typeof budgetColumnSchema>;

export const budgetComparisonSchema = z.enum(BUDGET_COMPARISONS);
export type BudgetComparison = z.infer<typeof budgetComparisonSchema>;

export const budgetRowSchema = z.object({
  row: z.number().int().positive(),
  label: z.string(),
  /** 0 = a total line, 1 = one of its subrows. */
  level: z.number().int().min(0),
  budget: z.number().nullable(),
  actual: z.number().nullable(),
  forecast: z.number().nullable(),
  proposal: z.number().nullable(),
  frame: z.number().nullable(),
  actualVsBudgetPct: z.number().nullable(),
  forecastVsBudgetPct: z.number().nullable(),
  proposalVsBudgetPct: z.number().nullable(),
  proposalVsForecastPct: z.number().nullable(),
  /** Proposal minus frame, in the table's unit. */
  proposalMinusFrame: z.number().nullable(),
  /** Share of the year the actuals cover compared with the share used (percent points over), where flagged. */
  overPace: z.boolean(),
});
export type BudgetRow = z.infer<typeof budgetRowSchema>;

export const budgetTableSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  headerRow: z.number().int().positive(),
  /** The unit as written, e.g. "1 000 €". */
  unit: z.string().nullable(),
  /** Amount column → { letter, header as written, year }. */
  columns: z.partialRecord(budgetColumnSchema, z.object({ column: z.string(), header: z.string(), year: z.number().int().nullable() })),
  /** The months the actuals cover, e.g. 1-6 of 2023; null when they cover a whole year or are not said. */
  actualPeriod: z.object({ fromMonth: z.number().int(), toMonth: z.number().int(), year: z.number().int().nullable() }).nullable(),
  rows: z.array(budgetRowSchema),
  /** Letter of the column holding the row labels (additive; for links back to the source rows). */
  labelColumn: z.string().optional(),
  /** The table's own title: the label column's header without the unit, e.g. "Sosiaali- ja terveystoimi". */
  title: z.string().nullable().optional(),
  /** The sheet's own computed columns (e.g. "TOT vs. TA %"), which the reader recomputes and checks. */
  computedColumns: z.partialRecord(budgetComparisonSchema, z.object({ column: z.string(), header: z.string() })).optional(),
});
export type BudgetTable = z.infer<typeof budgetTableSchema>;

export const verdictSchema = z.enum(VERDICTS);
/** How an indicator stands against its target: met, not met, no value yet, no comparison possible, or a target that cannot be read. */
export type Verdict = z.infer<typeof verdictSchema>;

export const trendSchema = z.enum(TRENDS);
export type Trend = z.infer<typeof trendSchema>;

/** Verdict → count; every verdict is present (0 where none). */
export const verdictCountsSchema = z.record(verdictSchema, z.number().int().nonnegative());
export type VerdictCounts = z.infer<typeof verdictCountsSchema>;

/** A target resolved to an absolute comparison: "laskee 10 %" from a baseline of 200 is `{ op: '<=', value: 180 }`. */
export const indicatorTargetSchema = z.object({
  op: z.enum(['<', '<=', '>', '>=', '=']),
  value: z.number(),
  /** '%' or the word written after the number ("vrk", "asiakasta"); null for a bare number. */
  unit: z.string().nullable(),
});
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

/** One period's value as the header names the period ("2024", "Q1/2024", "Toteuma 1-6/2023"); null when empty or not a number. */
export const indicatorValueSchema = z.object({ label: z.string(), value: z.number().nullable() });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorRoleSchema = z.enum(INDICATOR_ROLES);
export type IndicatorRole = z.infer<typeof indicatorRoleSchema>;

export const indicatorItemSchema = z.object({
  row: z.number().int().positive(),
  indicator: z.string(),
  /** The goal the indicator measures; a merged or once-written goal cell carries down. */
  goal: z.string().nullable(),
  owner: z.string().nullable(),
  /** The target as written, '' when there is none. */
  targetText: z.string(),
  target: indicatorTargetSchema.nullable(),
  baseline: z.number().nullable(),
  /** Every period column's value, in period order. */
  actuals: z.array(indicatorValueSchema),
  /** The latest period that has a value. */
  latest: z.object({ label: z.string(), value: z.number() }).nullable(),
  verdict: verdictSchema,
  /** From the last two values, in the target's direction; null with fewer than two values or no direction. */
  trend: trendSchema.nullable(),
  /** The row's status column, canonical, where the table has one. */
  status: canonicalStatusSchema.nullable(),
  /** The section row above the indicator ("Henkilöstö"), where there is one. */
  section: z.string().nullable(),
  /** A1 addresses (no sheet) of this item's cells by role, for links and issues. */
  cells: z.partialRecord(indicatorRoleSchema, z.string()),
});
export type IndicatorItem = z.infer<typeof indicatorItemSchema>;

export const indicatorTableSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  headerRow: z.number().int().positive(),
  /** Name of the Excel table (ListObject), where it is one. */
  excelTable: z.string().nullable(),
  items: z.array(indicatorItemSchema),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const issueSchema = z.object({
  severity: severitySchema,
  /** Stable code, e.g. `status.unknown`. */
  code: z.string().regex(/^[a-z]+(\.[a-zA-Z]+)+$/),
  sheet: z.string(),
  /** A1 address without the sheet. */
  cell: z.string(),
  /** In the report's language. */
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

/** An item as the changes list it: where it is now (or was, for a dropped one) and its action. */
export const changedItemSchema = z.object({ sheet: z.string(), row: z.number().int().positive(), action: z.string() });
export type ChangedItem = z.infer<typeof changedItemSchema>;

/** What moved since an earlier snapshot in the workbook's history sheet. */
export const changesSchema = z.object({
  /** The as-of date of the snapshot compared with. */
  since: isoDateSchema,
  /** Items whose status changed, `from` the earlier snapshot `to` this report. */
  items: z.array(changedItemSchema.extend({ from: canonicalStatusSchema, to: canonicalStatusSchema })),
  /** Items overdue now that were not overdue then. */
  newlyOverdue: z.array(changedItemSchema),
  /** Items no earlier item could be matched with. */
  added: z.array(changedItemSchema),
  /** Earlier items no item of this report could be matched with. */
  dropped: z.array(z.object({ sheet: z.string(), action: z.string() })),
  /** Canonical status → this report's count minus the earlier one's; every status present. */
  byStatusDelta: z.record(canonicalStatusSchema, z.number().int()),
  /** Indicators whose verdict changed, with their latest values then and now. */
  indicators: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int().positive(),
      indicator: z.string(),
      from: verdictSchema,
      to: verdictSchema,
      fromValue: z.number().nullable(),
      toValue: z.number().nullable(),
    }),
  ),
});
export type Changes = z.infer<typeof changesSchema>;

/** One snapshot of the history sheet, as the report lists them. */
export const historyEntrySchema = z.object({
  asOf: isoDateSchema,
  total: z.number().int().nonnegative(),
  byStatus: statusCountsSchema,
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const reportSchema = z.object({
  asOf: isoDateSchema,
  lang: langSchema,
  source: z.string().nullable(),
  actionTables: z.array(actionTableSchema),
  budgetTables: z.array(budgetTableSchema),
  /**
   * The indicator tables, each indicator judged against its target. Additive: optional in the type so that
   * reports made before it still parse; every report `buildReport` makes has it.
   */
  indicatorTables: z.array(indicatorTableSchema).optional(),
  issues: z.array(issueSchema),
  totals: z.object({
    total: z.number().int().nonnegative(),
    byStatus: statusCountsSchema,
    /** Indicators by verdict over all indicator tables (additive, like `indicatorTables`). */
    indicators: verdictCountsSchema.optional(),
  }),
  /** Null when the workbook's history has no earlier snapshot. */
  changes: changesSchema.nullable(),
  /** Every snapshot of the history, in date order, this report's included. */
  history: z.array(historyEntrySchema),
});
export type Report = z.infer<typeof reportSchema>;
