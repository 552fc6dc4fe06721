import { EXPECTED_PROBLEMS, planGrid, problemsGrid } from '../../fixtures/problems';
import { generatedMarker, GENERATED_MARKER_CELL } from './generated/generatedMarker';
import type { Grid } from './grid';
import { readUserSheet } from './readUserSheet';

const options = { asOf: '2022-06-30', lang: 'fi' as const };

/** A summary the tool wrote earlier: its marker in AZ1 and a table that would otherwise read as actions. */
function earlierSummary(): Grid {
  const values = planGrid().values.map((row) => [...row]);
  const first = values[0] ?? [];
  while (first.length < GENERATED_MARKER_CELL.col) first.push(null);
  first[GENERATED_MARKER_CELL.col - 1] = generatedMarker('summary');
  return { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values, tables: [] };
}

describe('readUserSheet', () => {
  it("finds one sheet's problems at their cells, with no other sheet at hand", () => {
    const read = readUserSheet(problemsGrid(), options);
    const found = read?.issues.map((i) => ({ sheet: i.sheet, cell: i.cell, code: i.code, severity: i.severity }));
    const expected = EXPECTED_PROBLEMS.filter((p) => p.sheet === problemsGrid().sheet);
    expect(found).toEqual(expect.arrayContaining(expected.map((p) => expect.objectContaining(p))));
    expect(read?.actionTables.every((t) => t.sheet === problemsGrid().sheet)).toBe(true);
  });

  it("leaves out the tool's own sheets and the sheets the user named, whatever their case", () => {
    expect(readUserSheet(earlierSummary(), options)).toBeNull();
    expect(readUserSheet(planGrid(), { ...options, skipSheets: [planGrid().sheet.toUpperCase()] })).toBeNull();
    expect(readUserSheet({ ...earlierSummary(), values: planGrid().values }, options)?.actionTables.length).toBeGreaterThan(0);
  });
});
