import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { HISTORY_READ_COLUMNS, MAX_SNAPSHOTS } from './historyLayout';
import { planHistorySheet } from './planHistorySheet';
import { historyOfSnapshots } from './historyOfSnapshots';
import { readHistoryGrid } from './readHistoryGrid';
import { snapshotAt } from './snapshotAt';
import type { SnapshotOfItems } from './snapshot';
import { itemsOfSnapshot } from './itemsOfSnapshot';

const snapshot = (asOf: string, n: number, indicators = 0): SnapshotOfItems => {
  const items = Array.from({ length: n }, (_, i) => ({
    key: String(i + 1),
    sheet: i % 2 ? 'Palvelut' : 'Hyvinvointi',
    row: i + 2,
    number: i === 0 ? '1.a' : null,
    action: i === 1 ? '=SUM(A1) ei kaava' : `Toimenpide ${i + 1}`,
    status: i % 3 ? ('done' as const) : ('in_progress' as const),
    overdue: i === 2,
  }));
  const measured = Array.from({ length: indicators }, (_, i) => ({
    key: `M${i + 1}`,
    sheet: 'Mittarit',
    row: i + 3,
    indicator: `Asiakastyytyväisyys ${i + 1}`,
    verdict: i % 2 ? ('met' as const) : ('no_data' as const),
    latest: i % 2 ? 4.25 + i : null,
  }));
  return { asOf, total: n, byStatus: countStatuses(items.map((i) => i.status)), items, indicators: measured };
};
const gridOf = (values: readonly (readonly unknown[])[]) =>
  ({ sheet: 'H', origin: { row: 1, col: 1 }, values, tables: [] }) as unknown as Parameters<typeof readHistoryGrid>[0];

describe('planHistorySheet', () => {
  const ctx = { asOf: '2024-06-30', lang: 'sv' as const, locale: getLocale('sv') };
  const history = [snapshot('2024-03-31', 4, 2), snapshot('2024-06-30', 5, 3)];
  const plan = planHistorySheet(historyOfSnapshots(history, ctx), ctx);
  const readBack = (values: readonly (readonly unknown[])[]) => {
    const read = readHistoryGrid(gridOf(values));
    return read.counts.map((_, i) => itemsOfSnapshot(snapshotAt(read, i)));
  };

  it('is a history plan with the locale’s name, valid against the plan schema', () => {
    expect(sheetPlanSchema.parse(plan).kind).toBe('history');
    expect(plan.name).toBe('Uppföljningshistorik');
  });

  it('reads back from no more columns than a host reads of it, and names its actions as a table', () => {
    const cut = plan.values.map((row) => row.slice(0, HISTORY_READ_COLUMNS));
    expect(readBack(cut)).toEqual(history);
    // Key, sheet, row, number, action and the two snapshots: A to G.
    expect(plan.tables).toEqual([{ name: 'Historik', range: expect.stringMatching(/^A\d+:G\d+$/) }]);
    expect(plan.pageSetup?.titleRows).toBe(1);
  });

  it('is read back as the same snapshots, whatever language it was written in', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const other = { ...ctx, lang, locale: getLocale(lang) };
      const written = planHistorySheet(historyOfSnapshots(history, other), other);
      expect(readBack(written.values)).toEqual(history);
    }
  });

  it('writes one row per action across snapshots, its status in each snapshot’s column', () => {
    const values = plan.values.map((r) => [...r]);
    const row = values.find((r) => r[0] === 3);
    expect(row).toEqual([3, 'Hyvinvointi', 4, null, 'Toimenpide 3', 'Genomförd, försenad', 'Genomförd, försenad']);
    // Only in June: March's cell is empty.
    expect(values.find((r) => r[0] === 5)?.slice(5)).toEqual([null, 'Genomförd']);
    expect(values.find((r) => r[0] === 'M2')?.slice(5)).toEqual(['Uppnått: 5,25', 'Uppnått: 5,25']);
    // The counts above, in the same columns: March's 4 and June's 5 actions.
    expect(values[3]).toEqual(
      [null, null, null, null, 'Status', '2024-03-31', '2024-06-30'].map((v) =>
        v?.startsWith('2024') ? v.split('-').reverse().map(Number).join('.') : v,
      ),
    );
    expect(values[4]).toEqual([null, null, null, null, 'Totalt', 4, 5]);
  });

  it('holds 10 000 actions over 8 snapshots in 10 000 rows, with few formats', () => {
    const dates = Array.from({ length: 8 }, (_, q) => `202${4 + Math.floor(q / 4)}-0${(q % 4) * 3 + 1}-01`);
    const big = planHistorySheet(
      historyOfSnapshots(
        dates.map((d) => snapshot(d, 10_000)),
        ctx,
      ),
      ctx,
    );
    // Title, note, blank, the counts' header, total and nine statuses, blank, the actions' header, the actions.
    expect(big.values.length).toBe(3 + 1 + 1 + 9 + 1 + 1 + 10_000);
    expect(Math.max(...big.values.map((r) => r.length))).toBe(5 + 8);
    expect(big.formats.length).toBeLessThanOrEqual(plan.formats.length);
  });

  it('keeps at most the latest snapshots a host reads the columns of', () => {
    expect(HISTORY_READ_COLUMNS).toBe(5 + MAX_SNAPSHOTS);
    expect(HISTORY_READ_COLUMNS).toBeLessThan(52); // the marker's column, AZ
  });
});
