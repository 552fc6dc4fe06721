/** Reads the lines of a budget table under its header: label, amounts, indent, and the amounts that cannot be read. */
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { Grid } from '../grid';
import { isCellError } from '../isCellError';
import { parseNumber } from '../numbers/parseNumber';
import type { BudgetColumn } from '../schema/report';
import type { BudgetHeader } from './budgetHeader';
import { readBudgetHeaderRow } from './readBudgetHeaderRow';

/** An amount cell that is not a number: `text` as the user wrote it, null for a spreadsheet error (`#REF!`). */
export interface UnreadableAmount {
  readonly col: number;
  readonly text: string | null;
}

export interface BudgetLine {
  readonly row: number;
  readonly label: string;
  readonly values: Readonly<Record<BudgetColumn, number | null>>;
  /** The label cell's indent level; null when the host could not read indents. */
  readonly indent: number | null;
  /** Columns whose cell could not be read: sums over them cannot be checked. */
  readonly unreadable: ReadonlyMap<BudgetColumn, UnreadableAmount>;
}

/** Empty rows in a row that end a table. */
const END_GAP = 2;

/**
 * The table's lines from the header down: every row with something in an amount column. Two empty rows
 * in a row, or the next budget header, end the table; `bottom` is its last line's row.
 * @example readBudgetBody(grid, header, ['budget', 'actual', 'forecast', 'proposal', 'frame'], 1).lines[5] // seed002BudgetGrid(), its header on row 3
 * //=> { row: 9, label: 'Toimintakulut - Verksamhetskostnader', values: { budget: -378568, … }, indent: null, unreadable: Map {} }
 */
export function readBudgetBody(
  grid: Grid,
  header: BudgetHeader,
  columns: readonly BudgetColumn[],
  labelCol: number | null,
): { lines: BudgetLine[]; bottom: number } {
  const lastRow = grid.origin.row + grid.values.length - 1;
  const lines: BudgetLine[] = [];
  let gap = 0;
  let bottom = header.row;
  for (let r = header.bodyStart; r <= lastRow; r++) {
    if (readBudgetHeaderRow(grid, r)) break;
    const cells = columns.map((c) => {
      const col = header.amounts.get(c)?.col ?? 0;
      const value = cellAt(grid, r, col);
      return { c, col, value, parsed: parseNumber(value) };
    });
    if (cells.every((x) => x.parsed.kind === 'empty')) {
      if (++gap >= END_GAP) break;
      continue;
    }
    gap = 0;
    bottom = r;
    const values: Record<BudgetColumn, number | null> = { budget: null, actual: null, forecast: null, proposal: null, frame: null };
    const unreadable = new Map<BudgetColumn, UnreadableAmount>();
    for (const { c, col, value, parsed } of cells) {
      if (parsed.kind === 'number') values[c] = parsed.value;
      else if (parsed.kind === 'invalid') unreadable.set(c, { col, text: isCellError(value) ? null : parsed.text });
    }
    const label = labelCol === null ? '' : cellText(cellAt(grid, r, labelCol));
    const indent = grid.indents ? (grid.indents.find((i) => i.row === r && i.col === labelCol)?.level ?? 0) : null;
    lines.push({ row: r, label, values, indent, unreadable });
  }
  return { lines, bottom };
}
