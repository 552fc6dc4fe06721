import fc from 'fast-check';
import { readHistoryGrid as readHistory } from './readHistoryGrid';
import { snapshotAt } from './snapshotAt';
import { itemsOfSnapshot } from './itemsOfSnapshot';
import { snapshotOfItems } from './snapshotOfItems';
import { appendSnapshot } from './appendSnapshot';
import { historyCellTexts } from './historyCellTexts';
import { getLocale } from '../locales/getLocale';
import type { CellValue } from '../grid';

const pad = [null, null, null, null];
/** The counts block: each snapshot's date in its column, its total, then a count per status in canonical order. */
const counts = (dates: CellValue[], totals: number[], byStatus: number[][]): CellValue[][] => [
  [...pad, 'Tila', ...dates],
  [...pad, 'Yhteensä', ...totals],
  ...Array.from({ length: 9 }, (_, s) => [...pad, `status ${s}`, ...byStatus.map((c) => c[s] ?? 0)]),
];
/** Every snapshot the sheet holds, read item by item. */
const readHistoryGrid = (g: Parameters<typeof readHistory>[0]) => {
  const history = readHistory(g);
  return history.counts.map((_, i) => itemsOfSnapshot(snapshotAt(history, i)));
};
const grid = (values: CellValue[][]) => ({ sheet: 'Seurantahistoria', origin: { row: 1, col: 1 }, values, tables: [] });

describe('readHistoryGrid', () => {
  it('keeps a column per snapshot when a user deleted the actions’ header, so a new report lands under its own date', () => {
    const history = readHistory(grid([['Seurantahistoria'], [], [], ...counts(['31.3.2024', '30.6.2024'], [1, 1], [[1], [1]])]));
    expect(history.counts.map((c) => c.asOf)).toEqual(['2024-03-31', '2024-06-30']);
    expect(history.actions.cells).toHaveLength(2);
    const texts = historyCellTexts({ asOf: '2024-09-30', lang: 'fi', locale: getLocale('fi') });
    const item = { key: '1', sheet: 'A', row: 4, number: null, action: 'Perhekeskus', status: 'done' as const, overdue: false };
    const next = appendSnapshot(
      history,
      snapshotOfItems({ asOf: '2024-09-30', total: 1, byStatus: history.counts[0]!.byStatus, items: [item], indicators: [] }),
      texts,
    );
    expect(next.actions.cells.map((column) => column[0])).toEqual([null, null, 'Toteutunut']);
  });

  it('reads dates as text, serials and Dates, and each action and indicator under its snapshots', () => {
    const snapshots = readHistoryGrid(
      grid([
        ['Seurantahistoria'],
        [],
        [],
        ...counts(['31.3.2024', new Date(Date.UTC(2024, 5, 30))], [1, 2], [[1], [0, 0, 2]]),
        [],
        ['Tunniste', 'Välilehti', 'Rivi', 'Numero', 'Toimenpide', 45382, '2024-06-30'],
        ['1', 'A', 4, '1.a', 'Perhekeskus', 'Toteutunut', 'Käynnissä, myöhässä'],
        ['2', 'A', 5, null, 'Kotihoito', null, 'Pågår'],
        [],
        ['Tunniste', 'Välilehti', 'Rivi', null, 'Mittari', '31.3.2024', '30.6.2024'],
        ['M1', 'Mittarit', 3, null, 'Odotusaika', 'Ei tietoa', 'Not met: 12.5'],
      ]),
    );
    expect(
      snapshots.map((s) => [s.asOf, s.total, s.byStatus.in_progress, s.items.map((i) => [i.key, i.row, i.number, i.status, i.overdue])]),
    ).toEqual([
      ['2024-03-31', 1, 0, [['1', 4, '1.a', 'done', false]]],
      [
        '2024-06-30',
        2,
        2,
        [
          ['1', 4, '1.a', 'in_progress', true],
          ['2', 5, null, 'in_progress', false],
        ],
      ],
    ]);
    expect(snapshots.map((s) => s.indicators.map((i) => [i.key, i.indicator, i.verdict, i.latest]))).toEqual([
      [['M1', 'Odotusaika', 'no_data', null]],
      [['M1', 'Odotusaika', 'not_met', 12.5]],
    ]);
  });

  it('leaves out cells and rows a user broke and never throws', () => {
    const broken = counts(['31.3.2024'], [2], [[2]]);
    broken[2]![5] = 'x';
    const snapshots = readHistoryGrid(
      grid([
        [],
        [],
        [],
        ...broken,
        [],
        ['Tunniste', 'Välilehti', 'Rivi', 'Numero', 'Toimenpide', '31.3.2024', '1.1.2023'],
        ['1', 'A', 2, null, 'Perhekeskus', 'Toteutunut', 'Toteutunut'],
        ['2', 'A', 3, null, 'Kotihoito', 'valmis'],
        ['x', 'A', 3, null, 'Ei avainta', 'Toteutunut'],
        [{ error: '#REF!' }, 4],
      ]),
    );
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.items.map((i) => i.action)).toEqual(['Perhekeskus']);
    // A count was broken: the counts are the actions'.
    expect(snapshots[0]?.byStatus.done).toBe(1);
    expect(readHistoryGrid(grid([]))).toEqual([]);
  });

  it('keeps the first row of a key written twice, as a number or as its text, and tells 12 from 012', () => {
    const rows = (keys: CellValue[]) =>
      readHistory(
        grid([
          [],
          [],
          [],
          ...counts(['31.3.2024'], [keys.length], [[keys.length]]),
          [],
          ['Tunniste', 'Välilehti', 'Rivi', 'Numero', 'Toimenpide', '31.3.2024'],
          ...keys.map((key, i) => [key, 'A', i + 2, null, `Toimenpide ${i + 1}`, 'Toteutunut']),
        ]),
      ).actions;
    const read = rows([12, '12', '012', 7, 12, 'M3', 'M3']);
    expect(read.keys).toEqual(['12', '012', '7']);
    expect(read.texts).toEqual(['Toimenpide 1', 'Toimenpide 3', 'Toimenpide 4']);
    // A key far past the sheet's length is read by its text, alike.
    expect(rows([99_999_999, '99999999', 5]).keys).toEqual(['99999999', '5']);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('1', 'M1', 'Toteutunut', 'Saavutettu: x', '31.3.2024', '2024-03-31', 45382, { error: '#N/A' }),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (values) => {
        const snapshots = readHistoryGrid(grid(values as CellValue[][]));
        expect(Array.isArray(snapshots)).toBe(true);
      }),
    );
  });
});
