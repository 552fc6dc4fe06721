/** The workbook the browser test opens: seed 000's realisation report, a sheet with the mess validation reports, and seed 002's budget table (no Node imports: it is bundled for the page too). */
import type { WorkbookData } from '../../src/core/grid';
import { seed000Workbook } from '../../fixtures/seed000';
import { seed002BudgetGrid } from '../../fixtures/seed002Budget';
import { problemsGrid } from '../../fixtures/problems';

/**
 * Seven workstream sheets as the realisation report lays them out, a workstream typed with one of each
 * problem (unknown status, backwards schedule, missing owner, #REF!, …), and the budget sheet.
 * @example browserWorkbook().sheets.map((s) => s.sheet).at(-1) //=> 'Talousarvio'
 */
export function browserWorkbook(): WorkbookData {
  const seed = seed000Workbook();
  return { fileName: 'perusturva-toteutuminen.xlsx', sheets: [...seed.sheets, problemsGrid(), seed002BudgetGrid()] };
}

/** The as-of date the test types into the pane and gives the core on the Node side. */
export const BROWSER_AS_OF = '2022-12-31';
