import { dropSnapshots } from './dropSnapshots';
import type { HistoryRows } from './snapshot';

const rows: HistoryRows = {
  keys: ['1', '2', '3'],
  sheets: ['Palvelut', 'Palvelut', 'Talous'],
  rows: [5, 6, 4],
  numbers: ['1.a', null, null],
  texts: ['Perhekeskus', 'Asiakaspalautteen keruu', 'Kotihoidon tiimit'],
  cells: [
    ['Käynnissä', 'Ei aloitettu', null],
    ['Toteutunut', null, 'Käynnissä, myöhässä'],
  ],
};

describe('dropSnapshots', () => {
  it('drops the rows only the dropped snapshot held, and keeps the others whole', () => {
    const left = dropSnapshots(rows, (i) => i === 0);
    expect(left.keys).toEqual(['1', '3']);
    expect(left.texts).toEqual(['Perhekeskus', 'Kotihoidon tiimit']);
    expect(left.rows).toEqual([5, 4]);
    expect(left.cells).toEqual([['Toteutunut', 'Käynnissä, myöhässä']]);
  });

  it('keeps every row some remaining snapshot holds', () => {
    const left = dropSnapshots(rows, (i) => i === 1);
    expect(left.keys).toEqual(['1', '2']);
    expect(left.numbers).toEqual(['1.a', null]);
    expect(left.cells).toEqual([['Käynnissä', 'Ei aloitettu']]);
  });

  it('returns the rows themselves when no snapshot is dropped', () => {
    expect(dropSnapshots(rows, () => false)).toBe(rows);
  });
});
