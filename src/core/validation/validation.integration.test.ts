import fc from 'fast-check';
import { EXPECTED_PROBLEMS, PLAN_SHEET, PROBLEMS_SHEET, problemsWorkbook } from '../../../fixtures/problems';
import { parseRange } from '../a1/parseRange';
import { buildReport } from '../buildReport';
import type { CellValue, Grid } from '../grid';
import { reportSchema } from '../schema/report';

const key = (i: { sheet: string; cell: string; code: string; severity: string }) => `${i.sheet}!${i.cell} ${i.severity} ${i.code}`;

describe('validation through buildReport', () => {
  const report = buildReport(problemsWorkbook(), { asOf: '2025-01-15', lang: 'fi' });

  it('yields exactly one issue of the right code at the right cell for each seeded problem, and none on the clean rows', () => {
    expect(report.issues.map(key).sort()).toEqual(EXPECTED_PROBLEMS.map(key).sort());
  });

  it('writes a report the contract accepts, with the overdue items of the as-of date', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    const overdue = (sheet: string) =>
      report.actionTables.filter((t) => t.sheet === sheet).flatMap((t) => t.items.filter((i) => i.overdue).map((i) => i.row));
    // Row 8 (spring 2021, unknown status), 15 (autumn 2024, no status), 16 (by 12/24, in progress);
    // the plan's row 4 (2020 - 2022) has no status column at all.
    expect(overdue(PROBLEMS_SHEET)).toEqual([8, 15, 16]);
    expect(overdue(PLAN_SHEET)).toEqual([4]);
  });

  it('gives the messages in the chosen language', () => {
    const sv = buildReport(problemsWorkbook(), { asOf: '2025-01-15', lang: 'sv' });
    expect(sv.issues.find((i) => i.code === 'status.unknown')?.message).toBe(
      "Okänd status 'Odottaa päätöstä'. Använd till exempel: Ja, Nej, Delvis, Pågår, Avbruten, Struken.",
    );
  });
});

describe('buildReport on arbitrary sheets', () => {
  // Words from the seeds, so random grids contain headers, sections and statuses detection acts on.
  const word = fc.constantFrom<CellValue>(
    'Toimenpide',
    'Aikataulu',
    'Mittarit',
    'Vastuuhenkilö',
    'Toteutunut',
    'Toteuma',
    'Nro',
    'Tavoite 1: Yhteistyö',
    'Puheenjohtaja Anna-Liisa Koivisto',
    'Kyllä',
    'Ei /korona',
    'Osittain toteutunut',
    'Ehkä',
    'Poistettu',
    '',
    '2020 - 2023',
    '2021 →',
    'Syksy 2024',
    '9-12/24 mennessä',
    '2024 - 2021',
    'pian',
    'tehty',
    '1.a',
    '2',
    '2',
    'Talousarvio 2023',
    'Ennuste 2023',
    '30 842',
    '-378 568',
    '#REF!',
    { error: '#N/A' },
    45536,
    12.5,
    null,
    null,
    null,
  );
  const grid = (sheet: string) =>
    fc
      .record({
        row: fc.integer({ min: 1, max: 6 }),
        col: fc.integer({ min: 1, max: 6 }),
        values: fc.array(fc.array(word, { maxLength: 7 }), { maxLength: 12 }),
      })
      .map(({ row, col, values }): Grid => ({ sheet, origin: { row, col }, values, tables: [] }));

  it('keeps the report contract on any grids, and puts every issue on a cell inside its sheet’s used range', () => {
    let seen = 0;
    fc.assert(
      fc.property(grid('A'), grid('B'), (a, b) => {
        const report = buildReport({ fileName: null, sheets: [a, b] }, { asOf: '2024-06-30', lang: 'fi' });
        // The hosts write the report as it is: whatever the grids hold, it must keep the contract.
        expect(reportSchema.safeParse(report).success).toBe(true);
        seen += report.issues.length;
        for (const issue of report.issues) {
          const g = issue.sheet === 'A' ? a : b;
          const width = Math.max(0, ...g.values.map((r) => r.length));
          const at = parseRange(issue.cell);
          expect(at).not.toBeNull();
          if (at === null) continue;
          expect(at.top).toBeGreaterThanOrEqual(g.origin.row);
          expect(at.top).toBeLessThan(g.origin.row + g.values.length);
          expect(at.left).toBeGreaterThanOrEqual(g.origin.col);
          expect(at.left).toBeLessThan(g.origin.col + width);
        }
      }),
      { numRuns: 300 },
    );
    // The grids must actually provoke issues, or the property proves nothing.
    expect(seen).toBeGreaterThan(100);
  });
});
