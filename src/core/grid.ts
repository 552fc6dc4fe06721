/** The input of the core: one sheet's values as a host read them, with where they sit on the sheet. */
import { z } from 'zod';

/** A spreadsheet error such as `#REF!`; ExcelJS gives `{ error }`, the Office.js host converts to it. */
export const cellErrorSchema = z.object({ error: z.string() });
export type CellError = z.infer<typeof cellErrorSchema>;

/**
 * A cell as Excel gives it. Dates come as `Date` from ExcelJS and as serial numbers from Office.js;
 * the core reads both alike. `null` is an empty cell.
 */
export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), cellErrorSchema, z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** An Excel table (ListObject) on the sheet. */
export const excelTableSchema = z.object({
  name: z.string(),
  /** A1 range of the whole table, header row included when it shows, e.g. `B3:F20`. */
  range: z.string(),
  showHeaders: z.boolean(),
});
export type ExcelTable = z.infer<typeof excelTableSchema>;

export const gridSchema = z.object({
  sheet: z.string(),
  /** 1-based Excel row and column of `values[0][0]` (the used range need not start at A1). */
  origin: z.object({ row: z.number().int().positive(), col: z.number().int().positive() }),
  /** Rows of cells; rows may be shorter than others (a missing cell is empty). */
  values: z.array(z.array(cellValueSchema)),
  tables: z.array(excelTableSchema).default([]),
  /** Merged areas as A1 ranges, e.g. `A5:F5`; hosts that cannot read them leave this out. */
  merges: z.array(z.string()).optional(),
  /** Cells with an indent level above 0 (absolute 1-based row/col); budget rows use it for levels. */
  indents: z.array(z.object({ row: z.number().int(), col: z.number().int(), level: z.number().int() })).optional(),
  visible: z.boolean().optional(),
});
export type Grid = z.infer<typeof gridSchema>;

export const workbookDataSchema = z.object({
  /** The source file's name, where the host knows it. */
  fileName: z.string().nullable().default(null),
  sheets: z.array(gridSchema),
});
export type WorkbookData = z.infer<typeof workbookDataSchema>;
