import fc from 'fast-check';
import {
  SEED002_BUDGET_LINES,
  SEED002_NUMBERS_LAYOUT,
  SEED002_TEXT_LAYOUT,
  seed002BudgetGrid,
  seed002BudgetTextGrid,
  finnishAmountText,
  type Seed002BudgetLine,
} from '../../../fixtures/seed002Budget';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import type { BudgetRow, Lang } from '../schema/report';
import { findBudgetTables } from './findBudgetTables';

const ctxOf = (lang: Lang): CoreContext => ({ asOf: '2023-08-15', lang, locale: getLocale(lang) });
const ctx = ctxOf('fi');

/** The seed's printed figure for each comparison of the contract. */
const PRINTED: [keyof BudgetRow, keyof Seed002BudgetLine, number][] = [
  ['actualVsBudgetPct', 'printedActualVsBudgetPct', 1],
  ['forecastVsBudgetPct', 'printedForecastVsBudgetPct', 1],
  ['proposalVsBudgetPct', 'printedProposalVsBudgetPct', 1],
  ['proposalVsForecastPct', 'printedProposalVsForecastPct', 1],
  ['proposalMinusFrame', 'printedProposalMinusFrame', 2],
];

describe.each([
  ['typed as numbers', seed002BudgetGrid, SEED002_NUMBERS_LAYOUT, 'B', 'C'],
  ['typed as Finnish text, lower on another sheet', seed002BudgetTextGrid, SEED002_TEXT_LAYOUT, 'D', 'E'],
] as const)('findBudgetTables on seed 002 %s', (_name, build, layout, budgetCol, actualCol) => {
  const grid = build();
  const { tables, issues } = findBudgetTables(grid, ctx);
  const table = tables[0];

  it('finds the one table where it is, with its unit, years and the actuals period', () => {
    expect(tables).toHaveLength(1);
    expect(table?.sheet).toBe(grid.sheet);
    expect(table?.range).toBe(layout.range);
    expect(table?.headerRow).toBe(layout.headerRow);
    expect(table?.unit).toBe('1 000 €');
    expect(table?.labelColumn).toBe(layout.labelColumn);
    expect(table?.title).toBe('Sosiaali- ja terveystoimi Social- och hälsovård');
    expect(table?.columns.budget).toMatchObject({ column: budgetCol, year: 2023 });
    expect(table?.columns.actual).toMatchObject({ column: actualCol, year: 2023 });
    expect(table?.columns.proposal?.year).toBe(2024);
    expect(table?.columns.frame?.year).toBe(2024);
    expect(table?.actualPeriod).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
  });

  it('reads every amount, the labels and the levels of the seed', () => {
    expect(table?.rows.map((r) => r.label)).toEqual(SEED002_BUDGET_LINES.map((l) => l.label));
    expect(table?.rows.map((r) => r.row)).toEqual(SEED002_BUDGET_LINES.map((_, i) => layout.firstRow + i));
    expect(table?.rows.map((r) => r.level)).toEqual(SEED002_BUDGET_LINES.map((l) => l.level));
    table?.rows.forEach((r, i) => {
      const line = SEED002_BUDGET_LINES[i];
      expect([r.budget, r.actual, r.forecast, r.proposal, r.frame]).toEqual([
        line?.budget,
        line?.actual,
        line?.forecast,
        line?.proposal,
        line?.frame,
      ]);
    });
  });

  it('reproduces every computed figure the seed prints, within a percentage point (two units for the frame)', () => {
    let compared = 0;
    table?.rows.forEach((r, i) => {
      const line = SEED002_BUDGET_LINES[i];
      for (const [key, printedKey, tolerance] of PRINTED) {
        const printed = line?.[printedKey];
        if (typeof printed !== 'number') continue;
        const ours = r[key];
        expect(typeof ours).toBe('number');
        expect(Math.abs((ours as number) - printed)).toBeLessThanOrEqual(tolerance);
        compared++;
      }
    });
    expect(compared).toBe(56);
  });

  it('gives the seed no error, and flags only the materials line, used 52.5 % after half a year', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'budget.overPace',
        sheet: grid.sheet,
        cell: `${actualCol}${layout.firstRow + 8}`,
      }),
    ]);
    expect(table?.rows.filter((r) => r.overPace).map((r) => r.label)).toEqual([
      'Aineet, tarvikkeet ja tavarat - Material, förnödenheter och varor',
    ]);
  });

  it('gets an error at the total that no longer adds up when one amount is mistyped, and nothing else', () => {
    // "−19 396" typed as "−19 369": the sheet's own percentages still round the same.
    const typo = build((l) => (l.label.startsWith('Muut toimintakulut') ? { ...l, budget: -19369 } : l));
    const result = findBudgetTables(typo, ctx);
    const baseline = findBudgetTables(build(), ctx).issues;
    expect(result.issues).toHaveLength(baseline.length + 1);
    const newIssues = result.issues.filter((i) => !baseline.some((b) => b.cell === i.cell && b.code === i.code));
    expect(newIssues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'budget.sumMismatch', cell: `${budgetCol}${layout.firstRow + 5}` }),
    ]);
    expect(newIssues[0]?.message).toContain('−28');
    expect(newIssues[0]?.message).toContain('Toimintakulut');
    expect(result.tables[0]?.rows.map((r) => r.level)).toEqual(SEED002_BUDGET_LINES.map((l) => l.level));
  });
});

describe('findBudgetTables, checks', () => {
  it('does not report the seed’s own rounding (costs sum to one unit off) as an error', () => {
    const sumOfCosts = SEED002_BUDGET_LINES.slice(6, 11).reduce((a, l) => a + l.budget, 0);
    expect(sumOfCosts).toBe(-378567);
    expect(findBudgetTables(seed002BudgetGrid(), ctx).issues.some((i) => i.code === 'budget.sumMismatch')).toBe(false);
  });

  it('reports a revenue subrow mistyped in the actuals at the revenue total', () => {
    const grid = seed002BudgetGrid((l) => (l.label.startsWith('Maksutuotot') ? { ...l, actual: 9909 } : l));
    const errors = findBudgetTables(grid, ctx).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell])).toEqual([['budget.sumMismatch', 'C4']]);
  });

  it('reports a result line that is not revenue plus costs', () => {
    const grid = seed002BudgetGrid((l) => (l.label.startsWith('Toimintakate') ? { ...l, frame: -336000 } : l));
    const errors = findBudgetTables(grid, ctx).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell])).toEqual([['budget.resultMismatch', 'J15']]);
    expect(errors[0]?.message).toContain('926');
  });

  it('reports text that is not an amount at its cell, and never reads it as zero', () => {
    const grid = seed002BudgetGrid();
    const row = grid.values[5];
    if (row) row[1] = 'n. 17 000';
    const { tables, issues } = findBudgetTables(grid, ctx);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['budget.notNumber', 'B6']]);
    expect(issues.find((i) => i.code === 'budget.notNumber')?.message).toContain('n. 17 000');
    expect(tables[0]?.rows[2]?.budget).toBeNull();
    expect(tables[0]?.rows[2]?.actualVsBudgetPct).toBeNull();
  });

  it.each([
    ['a typed percent', '40 %'],
    ['a percent-formatted number', 0.4],
    ['a plain number', 40],
  ] as const)('flags the sheet’s own computed cell that disagrees, written as %s', (_n, written) => {
    const grid = seed002BudgetGrid();
    const row = grid.values[3];
    if (row) row[3] = written;
    const warnings = findBudgetTables(grid, ctx).issues.filter((i) => i.code === 'budget.computedMismatch');
    expect(warnings.map((i) => [i.severity, i.cell])).toEqual([['warning', 'D4']]);
    expect(warnings[0]?.message).toContain('50,5 %');
  });

  it('flags a frame difference more than two units off, and accepts the seed’s one-unit ones', () => {
    const grid = seed002BudgetGrid((l) => (l.label.startsWith('Myyntituotot') ? { ...l, printedProposalMinusFrame: 26 } : l));
    const warnings = findBudgetTables(grid, ctx).issues.filter((i) => i.code === 'budget.computedMismatch');
    expect(warnings.map((i) => i.cell)).toEqual(['K5']);
  });

  it('takes levels from indentation where the host read it', () => {
    const grid: Grid = {
      ...seed002BudgetGrid(),
      // Only the first two costs indented: the rest are the user's own total lines.
      indents: [
        { row: 10, col: 1, level: 1 },
        { row: 11, col: 1, level: 1 },
      ],
    };
    const { tables } = findBudgetTables(grid, ctx);
    expect(tables[0]?.rows.map((r) => r.level)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('flags a cost line over the pace of 1-3 actuals, and not the revenue lines behind theirs', () => {
    const grid = seed002BudgetGrid();
    const header = grid.values[2];
    if (header) header[2] = 'Toteuma 1-3/2023';
    const { tables, issues } = findBudgetTables(grid, ctx);
    expect(tables[0]?.actualPeriod).toEqual({ fromMonth: 1, toMonth: 3, year: 2023 });
    // After a quarter, every cost line but "Muut toimintakulut" (3.8 %) has used more than 27 %.
    const flagged = tables[0]?.rows.filter((r) => r.overPace).map((r) => r.row);
    expect(flagged).toEqual([9, 10, 11, 12, 13, 15]);
    expect(issues.filter((i) => i.code === 'budget.overPace').map((i) => i.cell)).toEqual(['C9', 'C10', 'C11', 'C12', 'C13', 'C15']);
  });
});

describe('findBudgetTables on a messy copy of seed 002', () => {
  it('reads through line breaks, leading spaces, OCR-damaged labels, a section row, a blank row and mixed number text', () => {
    const clean = seed002BudgetGrid();
    const values = clean.values.map((r) => [...r]);
    values[2] = values[2]?.map((h, i) => (typeof h === 'string' && i > 0 ? `  ${h.replace(' ', '\n')}` : h)) ?? [];
    const lines = values.slice(3);
    const mess = lines.map((r, i) =>
      r.map((v, c) => {
        if (c === 0 && typeof v === 'string') return (i % 2 ? ' ' : '') + v.replace(/ä/g, 'a').replace(/ö/g, '6');
        // Every other amount pasted as text: parentheses, Unicode minus, no-break spaces.
        if (c > 0 && typeof v === 'number' && Math.abs(v) >= 1 && (i + c) % 2 === 0) {
          return v < 0 && c % 3 === 0 ? `(${finnishAmountText(-v)})` : finnishAmountText(v);
        }
        return v;
      }),
    );
    const grid: Grid = {
      ...clean,
      // A merged section row under the header, and a blank row between revenue and costs.
      values: [...values.slice(0, 3), ['Sosiaali- ja terveyspalvelut'], ...mess.slice(0, 5), [], ...mess.slice(5)],
      merges: ['A4:K4'],
    };
    const { tables, issues } = findBudgetTables(grid, ctx);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.range).toBe('A3:K17');
    expect(tables[0]?.rows.map((r) => r.level)).toEqual(SEED002_BUDGET_LINES.map((l) => l.level));
    expect(tables[0]?.rows.map((r) => r.budget)).toEqual(SEED002_BUDGET_LINES.map((l) => l.budget));
    expect(tables[0]?.rows.map((r) => r.actual)).toEqual(SEED002_BUDGET_LINES.map((l) => l.actual));
    expect(tables[0]?.actualPeriod).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('findBudgetTables, other languages and layouts', () => {
  it('finds a Swedish-only table and reads its Swedish total lines', () => {
    const grid: Grid = {
      sheet: 'Budget',
      origin: { row: 2, col: 2 },
      tables: [],
      values: [
        ['Social- och hälsovård, 1 000 €'],
        [null, 'Budget 2023', 'Utfall 1-8/2023', 'Prognos 2023', 'Budgetförslag 2024', 'Ram 2024'],
        ['Verksamhetsintäkter', 30842, 20100, 32701, 31738, 30802],
        ['Försäljningsinkomster', 7197, 4800, 7722, 7549, 7526],
        ['Avgiftsinkomster', 23645, 15300, 24979, 24189, 23276],
        ['Verksamhetskostnader', -378568, -250000, -371217, -368663, -367728],
        ['Personalutgifter', -109446, -73000, -110179, -123909, -116853],
        ['Köp av tjänster', -269122, -177000, -261038, -244754, -250875],
        ['Verksamhetsbidrag', -347726, -229900, -338516, -336925, -336926],
      ],
    };
    const { tables, issues } = findBudgetTables(grid, ctxOf('sv'));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.range).toBe('B3:G10');
    expect(Object.keys(tables[0]?.columns ?? {})).toEqual(['budget', 'actual', 'forecast', 'proposal', 'frame']);
    expect(tables[0]?.unit).toBe('1 000 €');
    expect(tables[0]?.actualPeriod).toEqual({ fromMonth: 1, toMonth: 8, year: 2023 });
    expect(tables[0]?.rows.map((r) => r.level)).toEqual([0, 1, 1, 0, 1, 1, 0]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('finds an English table whose proposal header starts with "Budget"', () => {
    const grid: Grid = {
      sheet: 'Finance',
      origin: { row: 1, col: 1 },
      tables: [],
      values: [
        [
          'Health services (EUR thousand)',
          'Budget 2023',
          'Actual 2023',
          'Forecast 2023',
          'Budget proposal 2024',
          'Budget frame 2024',
          'Proposal vs. Budget %',
        ],
        ['Operating revenue', 1200, 1250, 1260, 1300, 1280, 1.083],
        ['Operating expenses', -5000, -5100, -5150, -5200, -5100, 1.04],
        ['Operating margin', -3800, -3850, -3890, -3900, -3820, 1.026],
      ],
    };
    const { tables, issues } = findBudgetTables(grid, ctxOf('en'));
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(Object.fromEntries(Object.entries(t?.columns ?? {}).map(([k, v]) => [k, v.column]))).toEqual({
      budget: 'B',
      actual: 'C',
      forecast: 'D',
      proposal: 'E',
      frame: 'F',
    });
    expect(t?.computedColumns?.proposalVsBudgetPct?.column).toBe('G');
    expect(t?.unit).toBe('EUR thousand');
    expect(t?.actualPeriod).toBeNull();
    expect(t?.rows[2]?.proposalMinusFrame).toBe(-80);
    expect(issues).toEqual([]);
  });

  it('reads a header split over two rows, the years and the period on the second', () => {
    const grid: Grid = {
      sheet: 'TA 2024',
      origin: { row: 1, col: 1 },
      tables: [],
      values: [
        ['Perusturva 1 000 €', 'Talousarvio', 'Toteuma', 'TOT vs. TA %', 'Ennuste', 'TA-esitys', 'Kehys'],
        [null, 2023, '30.6.2023', null, '2023', '2024', '2024'],
        ['Toimintatuotot', 30842, 15575, 0.5, 32701, 31738, 30802],
        ['Toimintakulut', -378568, -175986, 0.46, -371217, -368663, -367728],
        ['Toimintakate', -347726, -160411, 0.46, -338516, -336925, -336926],
      ],
    };
    const { tables, issues } = findBudgetTables(grid, ctx);
    expect(tables[0]?.range).toBe('A1:G5');
    expect(tables[0]?.rows.map((r) => r.label)).toEqual(['Toimintatuotot', 'Toimintakulut', 'Toimintakate']);
    expect(tables[0]?.columns.budget).toEqual({ column: 'B', header: 'Talousarvio 2023', year: 2023 });
    expect(tables[0]?.columns.proposal?.year).toBe(2024);
    expect(tables[0]?.actualPeriod).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(issues).toEqual([]);
  });

  it('finds no budget table in an action table whose status column is headed "Toteuma"', () => {
    const grid: Grid = {
      sheet: 'Lastensuojelu',
      origin: { row: 1, col: 1 },
      tables: [],
      values: [
        ['Toimenpide', 'Tavoite', 'Talousarvio', 'Toteuma'],
        ['Perhetyön lisääminen', 'Sijoitukset vähenevät', 120, 'Kyllä'],
        ['Kotikäynnit', 'Varhainen tuki', 80, 'Osittain toteutunut'],
        ['Ryhmätoiminta', null, 40, 'Ei /korona'],
      ],
    };
    expect(findBudgetTables(grid, ctx)).toEqual({ tables: [], issues: [] });
  });

  it('finds two budget tables on one sheet, one under the other', () => {
    const one = seed002BudgetGrid();
    const grid: Grid = { ...one, values: [...one.values, [], [], ...one.values.slice(2)] };
    const { tables } = findBudgetTables(grid, ctx);
    expect(tables.map((t) => t.range)).toEqual(['A3:K15', 'A18:K30']);
  });

  it('never throws on random grids, and keeps its issues at real cells', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(
        'Talousarvio 2023',
        'Toteuma 1-6/2023',
        'TA-esitys 2024',
        'Kehys Ram 2024',
        'TOT vs. TA %',
        'KEHYS24 vs. TAE24',
        'Toimintakulut',
        'Toimintakate',
        '−378 568',
        '50 %',
        '(1 234)',
        'n/a',
        '',
        null,
        { error: '#REF!' },
      ),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: false }),
      fc.string(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (values, row, col) => {
          const grid: Grid = { sheet: 'S', origin: { row, col }, values, tables: [] };
          const { tables, issues } = findBudgetTables(grid, ctx);
          for (const i of issues) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
          for (const t of tables) expect(t.rows.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
