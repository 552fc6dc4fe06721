import { SEED002_BUDGET_LINES, seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import type { CellValue, Grid } from '../grid';
import { BUDGET_COLUMNS } from '../schema/vocabulary';
import { readBudgetBody } from './readBudgetBody';
import { readBudgetHeader } from './readBudgetHeader';

function bodyOf(grid: Grid, headerRow: number, labelCol: number | null = 1) {
  const header = readBudgetHeader(grid, headerRow);
  if (!header) throw new Error('no header');
  return readBudgetBody(
    grid,
    header,
    BUDGET_COLUMNS.filter((c) => header.amounts.has(c)),
    labelCol,
  );
}

/** Seed 002 with extra rows under its twelve lines. */
const seedWith = (...below: CellValue[][]): Grid => {
  const grid = seed002BudgetGrid();
  return { ...grid, values: [...grid.values, ...below] };
};

describe('readBudgetBody', () => {
  it('reads every line of the seed: its label and its five amounts', () => {
    const { lines, bottom } = bodyOf(seed002BudgetGrid(), 3);
    expect(lines.map((l) => l.label)).toEqual(SEED002_BUDGET_LINES.map((l) => l.label));
    expect(lines[5]?.values).toEqual({ budget: -378568, actual: -175986, forecast: -371217, proposal: -368663, frame: -367728 });
    expect(bottom).toBe(15);
  });

  it('goes on over one empty row and ends at two', () => {
    const amounts = [1, 2, null, 3, null, null, 4];
    expect(bodyOf(seedWith([], ['Yksi', ...amounts]), 3).bottom).toBe(17);
    expect(bodyOf(seedWith([], [], ['Yksi', ...amounts]), 3).bottom).toBe(15);
  });

  it('ends at the next budget header', () => {
    const grid = seedWith(['Toinen taulukko', 'Talousarvio 2024', 'Toteuma 1-6/2024'], ['Tuotot', 10, 5]);
    expect(bodyOf(grid, 3).bottom).toBe(15);
  });

  it('keeps an amount it cannot read as unread, never as zero, quoting it; a #REF! without a quote', () => {
    const grid = seed002BudgetGrid((line, i) => (i === 1 ? { ...line, actual: 'n/a' as unknown as number } : line));
    const ref = grid.values[4];
    if (ref) ref[4] = { error: '#REF!' };
    const { lines } = bodyOf(grid, 3);
    expect(lines[1]?.values.actual).toBeNull();
    expect([...(lines[1]?.unreadable ?? [])]).toEqual([
      ['actual', { col: 3, text: 'n/a' }],
      ['forecast', { col: 5, text: null }],
    ]);
  });

  it("reads the label cell's indent where the host read indents, and says so where it did not", () => {
    const grid: Grid = { ...seed002BudgetGrid(), indents: [{ row: 5, col: 1, level: 2 }] };
    expect(
      bodyOf(grid, 3)
        .lines.slice(0, 2)
        .map((l) => l.indent),
    ).toEqual([0, 2]);
    expect(bodyOf(seed002BudgetGrid(), 3).lines[1]?.indent).toBeNull();
  });
});
