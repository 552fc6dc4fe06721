/** The fallback writer: a workbook only ExcelJS could load, saved by it and then extended like any other package. */
import type ExcelJS from 'exceljs';
import type { SheetKind, SheetPlan } from '../../core';
import { addPlansToXlsx, type AddPlansToXlsxResult } from './package/addPlansToXlsx';

/** ExcelJS keeps the loaded theme parts here by name; its typings leave the field out. */
interface WorkbookThemes {
  _themes?: Record<string, string>;
}

/**
 * ExcelJS writes the user's workbook (every cell, not every part) and the package writer adds the plans'
 * sheets to that package, so the fallback's generated sheets are the same as the usual path's: links
 * as location links (ExcelJS itself gives every link an outside-address relationship), the chart, the
 * colours, the tool's earlier sheets (`generated`) replaced where they stood. Throws what ExcelJS throws
 * on a workbook it cannot write back.
 * @example (await addPlansToWorkbook(strictWorkbook, [summaryPlan], new Map())).ok //=> true
 */
export async function addPlansToWorkbook(
  workbook: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  generated: ReadonlyMap<string, SheetKind>,
): Promise<AddPlansToXlsxResult> {
  keepOneThemeAtTheNameExcelJsLinks(workbook as unknown as WorkbookThemes);
  const saved = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return addPlansToXlsx(saved, plans, generated);
}

/**
 * ExcelJS always relates the workbook to `theme/theme1.xml` but writes the themes it loaded under
 * their own names: a package without a theme, or with another name, would get a relationship to a
 * part that is not there. Without a loaded theme ExcelJS writes its default one.
 */
function keepOneThemeAtTheNameExcelJsLinks(workbook: WorkbookThemes): void {
  const themes = workbook._themes;
  if (themes === undefined) return;
  const theme = themes['theme1'] ?? Object.values(themes)[0];
  workbook._themes = theme === undefined ? undefined : { theme1: theme };
}
