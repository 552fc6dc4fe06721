import fc from 'fast-check';
import { parseRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { actionTableSchema } from '../schema/report';
import { findActionTables } from './findActionTables';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

/** Words that make rows look like headers, sections, chairs and statuses, sprinkled among noise. */
const WORDS = [
  'Toimenpide',
  'TOIMENPITEET',
  'Toimenpide/kansalaispalvelut',
  'Tavoite',
  'Aikataulu',
  'Mittarit',
  'Vastuutaho/\nhenkilöt',
  'Vastuhenkilö:',
  'Toteuma',
  'Toteutunut',
  'Tila',
  'Åtgärd',
  'Mål',
  'Status',
  'Action',
  'Kärki',
  'Nro',
  'Talousarvio 2023',
  'Tavoite 1: Jotain',
  'Muut toteutukset',
  'Puheenjohtaja Anna-Liisa Koivisto',
  'Ordförande',
  '24.1.2024 Etunimi Sukunimi',
  'Kyllä',
  'Ei /\nkorona',
  'Osittain toteutunut, keskeytetty',
  '2021 →',
  'Syksy 2024',
  '1.a',
  '2 a. Toimi',
  'a)',
  '---',
  ' ',
  '',
  '=SUM(A1)',
  'Tavoitetaso 2024',
  'Pitkän aikavälin tavoite',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 45000) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }) },
);

const rangeText = fc
  .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }))
  .map(([r, c, h, w]) => `${String.fromCharCode(64 + c)}${r}:${String.fromCharCode(64 + Math.min(26, c + w))}${r + h}`);

const gridArb: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 10 }),
  origin: fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 12 }) }),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }),
  tables: fc.array(fc.record({ name: fc.string(), range: fc.oneof(rangeText, fc.string()), showHeaders: fc.boolean() }), {
    maxLength: 2,
  }),
  merges: fc.option(fc.array(fc.oneof(rangeText, fc.string()), { maxLength: 3 }), { nil: undefined }),
});

const excludeArb = fc.array(
  fc.record({
    top: fc.integer({ min: 1, max: 60 }),
    left: fc.integer({ min: 1, max: 20 }),
    bottom: fc.integer({ min: 1, max: 60 }),
    right: fc.integer({ min: 1, max: 20 }),
  }),
  { maxLength: 2 },
);

describe('findActionTables on any grid', () => {
  it('never throws, and every table and item it returns lies inside the grid and fits the contract', () => {
    fc.assert(
      fc.property(gridArb, excludeArb, (grid, exclude) => {
        const { tables, issues } = findActionTables(grid, ctx, exclude);
        expect(issues).toEqual([]);
        const lastRow = grid.origin.row + grid.values.length - 1;
        for (const table of tables) {
          actionTableSchema.parse(table);
          const range = parseRange(table.range);
          expect(range).not.toBeNull();
          expect(table.total).toBe(table.items.length);
          for (const item of table.items) {
            expect(item.row).toBeGreaterThanOrEqual(grid.origin.row);
            expect(item.row).toBeLessThanOrEqual(lastRow);
            expect(item.row).toBeGreaterThan(table.headerRow - 1);
            expect(item.row).toBeLessThanOrEqual(range!.bottom);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a table wherever a header row lands, and reads the row below it as its one item', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(['Toimenpide', 'Aikataulu', 'Toteuma'], ['ÅTGÄRD', 'Tidtabell', 'Status'], ['Action', 'Owner', 'Status']),
        (row, col, lead, header) => {
          const pad = Array.from({ length: lead }, () => null);
          const grid: Grid = {
            sheet: 'S',
            origin: { row, col },
            values: [
              [...pad, ...header],
              [...pad, 'Sähköinen perhekeskus', 'Mari Levonen', 'Kyllä'],
            ],
            tables: [],
          };
          const [table, ...rest] = findActionTables(grid, ctx, []).tables;
          expect(rest).toEqual([]);
          expect(table?.headerRow).toBe(row);
          expect(table?.items.map((i) => [i.row, i.action, i.status])).toEqual([[row + 1, 'Sähköinen perhekeskus', 'done']]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
