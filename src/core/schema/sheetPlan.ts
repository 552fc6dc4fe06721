/** What a generated sheet holds, as data: hosts turn it into whole-range writes, no decisions of their own. */
import { z } from 'zod';
import { SHEET_KINDS } from './vocabulary';

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

/**
 * A chart over cells of the plan. `bar` (labels down the side) and `pie` take two columns, labels and counts (`A6:B14`).
 * `stackedColumn` takes a table: the categories down its first column, the series' names across its first row (its
 * top-left cell a heading of the categories), one series per further column (`A20:F32`: 12 units, 5 statuses), each
 * category's series stacked in one column. Categories and names must be text: Excel takes a column of numbers (dates
 * too) for one more series, so a date is written as its text (`30.6.2024`).
 */
export const planChartSchema = z.object({
  type: z.enum(['bar', 'pie', 'stackedColumn']),
  title: z.string(),
  dataRange: z.string(),
  /** The cells the chart covers (`E6:K17`), or the top-left cell of one in Excel's default size. */
  anchor: z.string(),
  /** A colour per series in the order of the range's columns (a status's colour); a host's own where none is given. */
  seriesColors: z.array(colorSchema).optional(),
});
export type PlanChart = z.infer<typeof planChartSchema>;

/**
 * How the sheet prints: A4, one page wide, its top rows repeated on every page, a header and a footer. The header and
 * footer texts use Excel's codes (`&P` page, `&N` pages, `&&` a literal ampersand), which both hosts pass on as they are.
 */
export const planPageSetupSchema = z.object({
  orientation: z.enum(['portrait', 'landscape']),
  paperSize: z.literal('A4'),
  /** Pages wide the sheet is scaled to; as many pages tall as it takes. */
  fitToWidth: z.number().int().min(1),
  /** Rows 1 to this one are printed at the top of every page (0: none). */
  titleRows: z.number().int().min(0),
  header: z.object({ left: z.string(), center: z.string(), right: z.string() }),
  footer: z.object({ left: z.string(), center: z.string(), right: z.string() }),
  /** Margins in inches, as the file format keeps them. */
  margins: z.object({
    left: z.number().min(0),
    right: z.number().min(0),
    top: z.number().min(0),
    bottom: z.number().min(0),
    header: z.number().min(0),
    footer: z.number().min(0),
  }),
  gridlines: z.boolean(),
});
export type PlanPageSetup = z.infer<typeof planPageSetupSchema>;

/**
 * A name Excel takes for a table: a letter or underscore first, then letters, digits, underscores and dots; never one
 * that reads as a cell (`A1`, `R1C1`), which the letters-only names of the locales cannot.
 */
export const TABLE_NAME = /^[\p{L}_][\p{L}\p{N}_.]{0,254}$/u;

/** A list written as an Excel table: filter buttons, banded rows, a name a user can refer to. */
export const planTableSchema = z.object({
  /** The name wanted; a host takes the next free one (`uniqueTableName`) when another table of the workbook has it. */
  name: z.string().regex(TABLE_NAME),
  /** A1 range: the header row (distinct, non-empty texts in the plan's values) and at least one row below it. */
  range: z.string(),
});
export type PlanTable = z.infer<typeof planTableSchema>;

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
  pageSetup: planPageSetupSchema.optional(),
  tables: z.array(planTableSchema).optional(),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;
