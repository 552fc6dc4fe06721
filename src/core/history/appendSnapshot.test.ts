import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { appendSnapshot } from './appendSnapshot';
import { historyCellTexts } from './historyCellTexts';
import { historyOfSnapshots } from './historyOfSnapshots';
import type { History, SnapshotItem, SnapshotOfItems } from './snapshot';
import { snapshotOfItems } from './snapshotOfItems';

const ctx = { asOf: '2024-06-30', lang: 'fi' as const, locale: getLocale('fi') };
const texts = historyCellTexts(ctx);
const item = (key: string, row: number, action: string, status: SnapshotItem['status'] = 'in_progress'): SnapshotItem => ({
  key,
  sheet: 'Hyvinvointi',
  row,
  number: null,
  action,
  status,
  overdue: false,
});
const snapshot = (asOf: string, items: SnapshotItem[]): SnapshotOfItems => ({
  asOf,
  total: items.length,
  byStatus: countStatuses(items.map((i) => i.status)),
  items,
  indicators: [],
});

/** Each action row of the history as the sheet shows it: its key and text, and its cell in each snapshot. */
const rowsOf = (history: History) =>
  history.actions.keys.map((key, r) => [key, history.actions.texts[r], ...history.actions.cells.map((column) => column[r] ?? null)]);

describe('appendSnapshot', () => {
  const march = historyOfSnapshots(
    [snapshot('2024-03-31', [item('1', 2, 'Perhekeskus'), item('2', 3, 'Kotihoito'), item('3', 4, 'Omaishoito')])],
    ctx,
  );
  // June: Kotihoito moved above Perhekeskus and was reworded, Omaishoito deleted, Asiakaspalaute added.
  const june = snapshot('2024-06-30', [
    item('2', 2, 'Kotihoito laajenee', 'done'),
    item('1', 3, 'Perhekeskus'),
    item('4', 4, 'Asiakaspalaute'),
  ]);

  it('puts today’s rows first with their earlier cells, then the rows today lacks, as they were', () => {
    expect(rowsOf(appendSnapshot(march, snapshotOfItems(june), texts))).toEqual([
      ['2', 'Kotihoito laajenee', 'Käynnissä', 'Toteutunut'],
      ['1', 'Perhekeskus', 'Käynnissä', 'Käynnissä'],
      ['4', 'Asiakaspalaute', null, 'Käynnissä'],
      ['3', 'Omaishoito', 'Käynnissä', null],
    ]);
  });

  it('writes the same rows when matching tells which earlier row each of today’s continues', () => {
    const known = { items: Int32Array.from([1, 0, -1]), indicators: new Int32Array(0) };
    expect(appendSnapshot(march, snapshotOfItems(june), texts, known)).toEqual(appendSnapshot(march, snapshotOfItems(june), texts));
  });

  it('keeps the earlier columns when no row moved, and still adds today’s', () => {
    const unmoved = snapshot('2024-06-30', [item('1', 2, 'Perhekeskus', 'done'), item('2', 3, 'Kotihoito'), item('3', 4, 'Omaishoito')]);
    const known = { items: Int32Array.from([0, 1, 2]), indicators: new Int32Array(0) };
    const next = appendSnapshot(march, snapshotOfItems(unmoved), texts, known);
    expect(next.actions.cells[0]).toBe(march.actions.cells[0]);
    expect(rowsOf(next)).toEqual([
      ['1', 'Perhekeskus', 'Käynnissä', 'Toteutunut'],
      ['2', 'Kotihoito', 'Käynnissä', 'Käynnissä'],
      ['3', 'Omaishoito', 'Käynnissä', 'Käynnissä'],
    ]);
  });
});
