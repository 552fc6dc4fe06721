/** The consolidation contract (`koonti.json`): one row per unit workbook, their lists, and the totals over all. */
import { z } from 'zod';
import { canonicalStatusSchema, isoDateSchema, langSchema, scheduleSchema, severitySchema, statusCountsSchema } from './report';

/** Canonical status → a change of its count (negative where fewer). */
const statusCountsDeltaSchema = z.record(canonicalStatusSchema, z.number().int());

export const statusTotalsSchema = z.object({ total: z.number().int().nonnegative(), byStatus: statusCountsSchema });
export type StatusTotals = z.infer<typeof statusTotalsSchema>;

export const issueCountsSchema = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});
export type IssueCounts = z.infer<typeof issueCountsSchema>;

/** The amounts of one budget line, as a unit's table gives them (first table with that label wins). */
export const budgetLineSumSchema = z.object({
  /** The label as the first workbook wrote it; lines are matched across units by their folded label. */
  label: z.string(),
  /** The unit as written, e.g. "1 000 €"; amounts of different units are never added up. */
  unit: z.string().nullable(),
  budget: z.number().nullable(),
  actual: z.number().nullable(),
  forecast: z.number().nullable(),
  /** Actual over budget, percent, one decimal. */
  actualVsBudgetPct: z.number().nullable(),
  /** Forecast over budget, percent, one decimal. */
  forecastVsBudgetPct: z.number().nullable(),
});
export type BudgetLineSum = z.infer<typeof budgetLineSumSchema>;

export const overdueActionSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** The cell the action's status (else its action) is in, A1 without the sheet. */
  cell: z.string(),
  action: z.string(),
  owner: z.string().nullable(),
  schedule: scheduleSchema.nullable(),
});
export type OverdueAction = z.infer<typeof overdueActionSchema>;

export const fileIssueSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  severity: severitySchema,
  code: z.string(),
  message: z.string(),
});
export type FileIssue = z.infer<typeof fileIssueSchema>;

/** What moved in a unit since the earlier report in its workbook's history (issue 15's changes, counted). */
export const unitChangesSchema = z.object({
  /** The as-of date of the earlier report compared with. */
  since: isoDateSchema,
  byStatusDelta: statusCountsDeltaSchema,
  newlyDone: z.number().int().nonnegative(),
  newlyOverdue: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
});
export type UnitChanges = z.infer<typeof unitChangesSchema>;

export const workbookSummarySchema = z.object({
  /** The path as found, relative to the folder given where it came from one. */
  file: z.string(),
  /** The unit's name, from the file's name. */
  unit: z.string(),
  ok: z.boolean(),
  /** Why the file could not be read, in the run's language; null when it was read. */
  reason: z.string().nullable(),
  totals: statusTotalsSchema,
  /** How many actions are overdue. */
  overdue: z.number().int().nonnegative(),
  issues: issueCountsSchema,
  /** Level-0 budget lines by folded label; null when the workbook has no budget table. */
  budget: z.array(budgetLineSumSchema).nullable(),
  /** Indicator verdict → count, when the reports carry indicators (absent otherwise). */
  indicators: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Since the earlier report in the workbook's history; null without one (absent in consolidations made before it). */
  changes: unitChangesSchema.nullable().optional(),
  overdueActions: z.array(overdueActionSchema),
  issueList: z.array(fileIssueSchema),
});
export type WorkbookSummary = z.infer<typeof workbookSummarySchema>;

export const consolidationSchema = z.object({
  asOf: isoDateSchema,
  lang: langSchema,
  workbooks: z.array(workbookSummarySchema),
  totals: z.object({
    workbooks: z.number().int().nonnegative(),
    unreadable: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    byStatus: statusCountsSchema,
    overdue: z.number().int().nonnegative(),
    issues: issueCountsSchema,
    /** The budget lines whose labels match across units, summed; amounts null where units differ. */
    budget: z.array(budgetLineSumSchema),
    indicators: z.record(z.string(), z.number().int().nonnegative()).optional(),
    /** The units' changes summed, over the units whose workbooks have an earlier report; absent when none has. */
    changes: unitChangesSchema.omit({ since: true }).extend({ units: z.number().int().nonnegative() }).optional(),
  }),
});
export type Consolidation = z.infer<typeof consolidationSchema>;
