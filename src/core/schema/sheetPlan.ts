/** What a generated sheet holds, as data: hosts turn it into whole-range writes, no decisions of their own. */
import { z } from 'zod';

/** A cell written by a plan. Strings are always written as text, never as formulas. */
export const planValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PlanValue = z.infer<typeof planValueSchema>;

const colorSchema = z.string().regex(/^#[0-9A-F]{6}$/);

export const planFormatSchema = z.object({
  /** A1 range on the generated sheet. */
  range: z.string(),
  /** Excel's invariant (en-US) number format code, e.g. `#,##0` or `0.0 %` or `d.m.yyyy`. */
  numberFormat: z.string().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  strike: z.boolean().optional(),
  fontSize: z.number().optional(),
  fontColor: colorSchema.optional(),
  fill: colorSchema.optional(),
  wrap: z.boolean().optional(),
  hAlign: z.enum(['left', 'center', 'right']).optional(),
  indent: z.number().int().min(0).optional(),
  /** A thin border below the range (headings) or an outline around each cell (the unknown status). */
  border: z.object({ style: z.enum(['bottom', 'outline']), color: colorSchema }).optional(),
});
export type PlanFormat = z.infer<typeof planFormatSchema>;

/** A formula-based rule; the formula is relative to the range's top-left cell, in English function names. */
export const planConditionalRuleSchema = z.object({
  formula: z.string().startsWith('='),
  fill: colorSchema.optional(),
  fontColor: colorSchema.optional(),
  strike: z.boolean().optional(),
  /** Colour of an outline drawn around the cell. */
  outline: colorSchema.optional(),
  stopIfTrue: z.boolean(),
});
export type PlanConditionalRule = z.infer<typeof planConditionalRuleSchema>;

export const planConditionalFormatSchema = z.object({
  range: z.string(),
  /** In priority order: the first rule that holds decides. */
  rules: z.array(planConditionalRuleSchema),
});
export type PlanConditionalFormat = z.infer<typeof planConditionalFormatSchema>;

/** Conditional formats to put on a user's own status column (and later take off again). */
export const statusColouringSchema = z.object({
  /** The user's sheet the rules go on. */
  sheet: z.string(),
  format: planConditionalFormatSchema,
});
export type StatusColouring = z.infer<typeof statusColouringSchema>;

export const planLinkSchema = z.object({
  /** The cell on the generated sheet that holds the link. */
  cell: z.string(),
  /** Where it leads. */
  sheet: z.string(),
  target: z.string(),
  /** The text shown. */
  text: z.string(),
});
export type PlanLink = z.infer<typeof planLinkSchema>;

/** A link to another file (a unit's workbook from the consolidation), by a path relative to the generated workbook. */
export const planFileLinkSchema = z.object({
  cell: z.string(),
  /** Relative path with `/` between folders, as written in the link (hosts encode it as a URI). */
  path: z.string().min(1),
  text: z.string(),
});
export type PlanFileLink = z.infer<typeof planFileLinkSchema>;

export const planChartSchema = z.object({
  type: z.enum(['bar', 'pie']),
  title: z.string(),
  /** Two columns: labels and counts, e.g. `A6:B14`. */
  dataRange: z.string(),
  /** Top-left cell the chart is placed at. */
  anchor: z.string(),
});
export type PlanChart = z.infer<typeof planChartSchema>;

/** `consolidation*`: the finance office's consolidated workbook (Koonti, Myöhässä, Huomiot), a new file of its own. */
export const SHEET_KINDS = ['summary', 'budget', 'consolidation', 'consolidationOverdue', 'consolidationIssues'] as const;
export const sheetKindSchema = z.enum(SHEET_KINDS);
export type SheetKind = z.infer<typeof sheetKindSchema>;

export const sheetPlanSchema = z.object({
  kind: sheetKindSchema,
  /** The name wanted; the host picks a free one with `uniqueSheetName` if a user's sheet has it. */
  name: z.string().min(1).max(31),
  /** Cell values from A1 on, row by row. */
  values: z.array(z.array(planValueSchema)),
  formats: z.array(planFormatSchema),
  conditionalFormats: z.array(planConditionalFormatSchema),
  /** Links to source cells: each host writes them as hyperlinks to a place in the workbook (a formula only where it must). */
  links: z.array(planLinkSchema),
  /** Links to other files; only a new workbook the CLI writes (the consolidation) has them. */
  fileLinks: z.array(planFileLinkSchema).optional(),
  /** Column widths in characters, from column A on. */
  columnWidths: z.array(z.number().positive()),
  freeze: z.object({ rows: z.number().int().min(0), cols: z.number().int().min(0) }).optional(),
  chart: planChartSchema.optional(),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;
