/** The texts a row holds between two columns. */
import { cellAt } from './cellAt';
import { cellText } from './cellText';
import type { Grid } from './grid';

/**
 * The tidied, non-empty texts of row `row` from column `left` to `right`, left to right: a line above a table or a card
 * is a title or a heading only when it holds exactly one.
 * @example // row 1: 'Vammaispalvelut', empty, 'Puheenjohtaja Mari Levonen'
 * rowTexts(grid, 1, 1, 3) //=> ['Vammaispalvelut', 'Puheenjohtaja Mari Levonen']
 */
export function rowTexts(grid: Grid, row: number, left: number, right: number): string[] {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(grid, row, c));
    if (t !== '') texts.push(t);
  }
  return texts;
}
