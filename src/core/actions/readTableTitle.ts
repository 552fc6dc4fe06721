/** Reads the title and the chair written in the lines above a table. */
import type { Grid } from '../grid';
import { rowTexts } from '../rowTexts';
import { readChairLine } from './readChairLine';

export interface TableTitle {
  title: string | null;
  chair: string | null;
}

/** How far above its header a table's title may stand (a workstream's goal list can sit between). */
const LOOK_UP_ROWS = 15;

/**
 * Looks at the lines above `headerRow` (down to `floorRow`, the row after anything read before):
 * a "Puheenjohtaja …" line gives the chair; the topmost other line is the title (a workstream's
 * name comes first, then its partners, chair and goals). Only cells from `left` to `right` count.
 * @example // rows 1–3: 'Vammaispalvelut', 'Puheenjohtaja Mari Levonen', empty; row 4 the header
 * readTableTitle(grid, 4, 1, 3, 1) //=> { title: 'Vammaispalvelut', chair: 'Mari Levonen' }
 */
export function readTableTitle(grid: Grid, headerRow: number, left: number, right: number, floorRow: number): TableTitle {
  let title: string | null = null;
  let chair: string | null = null;
  const top = Math.max(floorRow, headerRow - LOOK_UP_ROWS, grid.origin.row);
  for (let r = headerRow - 1; r >= top; r--) {
    const texts = rowTexts(grid, r, left, right);
    const line = texts[0];
    if (line === undefined || texts.length > 1) continue;
    const name = readChairLine(line);
    if (name !== null) chair ??= name;
    else title = line;
  }
  return { title, chair };
}
