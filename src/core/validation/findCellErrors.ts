/** Points at every cell of a sheet that holds a spreadsheet error such as #REF!. */
import { cellAddress } from '../a1/cellAddress';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import type { Issue } from '../schema/report';
import { spreadsheetErrorOf } from './spreadsheetErrorOf';

/**
 * One `cell.error` warning per cell holding an error (`{ error }` from ExcelJS, or the error's text
 * from Office.js), anywhere on the sheet: a broken formula makes figures and statuses unreliable
 * wherever it sits.
 * @example findCellErrors({ sheet: 'Talous', origin: { row: 3, col: 2 }, values: [['Toteuma', { error: '#REF!' }]], tables: [] }, ctx)
 * //=> [{ severity: 'warning', code: 'cell.error', sheet: 'Talous', cell: 'C3', message: 'Solussa on virhearvo #REF!. …' }]
 */
export function findCellErrors(grid: Grid, ctx: CoreContext): Issue[] {
  const issues: Issue[] = [];
  // Plain loops: every cell of every sheet passes here.
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r];
    if (line === undefined) continue;
    for (let c = 0; c < line.length; c++) {
      const error = spreadsheetErrorOf(line[c]);
      if (error === null) continue;
      const cell = cellAddress(grid.origin.row + r, grid.origin.col + c);
      issues.push(createIssue(ctx, 'cell.error', 'warning', grid.sheet, cell, { value: error }));
    }
  }
  return issues;
}
