import fc from 'fast-check';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { indicatorTableSchema } from '../schema/report';
import { findIndicatorTables } from './findIndicatorTables';
import { parseTarget } from './parseTarget';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

/** Words that make rows look like indicator headers, periods, targets and values, among noise. */
const WORDS = [
  'Mittari',
  'Tavoitteen mittari',
  'KPI',
  'Mätare',
  'Tavoitetaso 2024',
  'Target',
  'Målnivå',
  'Lähtötaso',
  'Baseline',
  'Toteuma',
  'Toteuma 1-6/2023',
  'Q1/2024',
  'I/2024',
  '1. neljännes 2024',
  'Kvartal 1 2024',
  'Toimenpide',
  'Tila',
  'Sitova tavoite',
  'Alle 10 %',
  'laskee 10 %',
  '>50%',
  '≥ 9',
  'vähintään 2O',
  'kasvaa vuosittain',
  '9,3 %',
  '1 234,5',
  '-',
  'ei tietoa',
  'Henkilöstö',
  'Kyllä',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.double(),
  fc.integer({ min: 1900, max: 2100 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ error: '#REF!' }),
  fc.date({ noInvalidDate: false }),
);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constant('S'),
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 5 }) }),
  values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  tables: fc.array(
    fc.record({ name: fc.constant('T'), range: fc.constantFrom('A1:D6', 'B2:F9', 'C3:C3', 'Z:Z'), showHeaders: fc.boolean() }),
    { maxLength: 2 },
  ),
});

describe('findIndicatorTables on any grid', () => {
  it('never throws and always gives tables of the contract', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const { tables, issues } = findIndicatorTables(g, ctx, []);
        for (const t of tables) indicatorTableSchema.parse(t);
        for (const i of issues) expect(i.sheet).toBe('S');
      }),
      { numRuns: 400 },
    );
  });

  it('reads any target text without throwing', () => {
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[<>≤≥=]? ?-?[0-9 ,.]{0,8} ?%? ?[a-zäö]{0,8}$/), fc.constantFrom(...WORDS));
    fc.assert(
      fc.property(text, (t) => {
        expect(['none', 'qualitative', 'unreadable', 'level', 'change']).toContain(parseTarget(t).kind);
      }),
      { numRuns: 2000 },
    );
  });
});
