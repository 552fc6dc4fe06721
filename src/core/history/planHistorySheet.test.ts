import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { HISTORY_READ_COLUMNS } from './historyLayout';
import { planHistorySheet } from './planHistorySheet';
import { readHistoryGrid } from './readHistoryGrid';
import type { Snapshot } from './snapshot';

const snapshot = (asOf: string, n: number): Snapshot => {
  const items = Array.from({ length: n }, (_, i) => ({
    key: String(i + 1),
    sheet: i % 2 ? 'Palvelut' : 'Hyvinvointi',
    row: i + 2,
    number: i === 0 ? '1.a' : null,
    action: i === 1 ? '=SUM(A1) ei kaava' : `Toimenpide ${i + 1}`,
    status: i % 3 ? ('done' as const) : ('in_progress' as const),
    overdue: i === 2,
  }));
  return { asOf, total: n, byStatus: countStatuses(items.map((i) => i.status)), items };
};

describe('planHistorySheet', () => {
  const ctx = { asOf: '2024-06-30', lang: 'sv' as const, locale: getLocale('sv') };
  const history = [snapshot('2024-03-31', 4), snapshot('2024-06-30', 5)];
  const plan = planHistorySheet(history, ctx);

  it('is a history plan with the locale’s name, valid against the plan schema', () => {
    expect(sheetPlanSchema.parse(plan).kind).toBe('history');
    expect(plan.name).toBe('Uppföljningshistorik');
  });

  it('reads back from no more columns than a host reads of it, and names its items as a table', () => {
    const cut = plan.values.map((row) => row.slice(0, HISTORY_READ_COLUMNS));
    expect(readHistoryGrid({ sheet: 'H', origin: { row: 1, col: 1 }, values: cut, tables: [] })).toEqual(history);
    expect(plan.tables).toEqual([{ name: 'Historik', range: expect.stringMatching(/^A\d+:I\d+$/) }]);
    expect(plan.pageSetup?.titleRows).toBe(1);
  });

  it('is read back as the same snapshots, whatever language it was written in', () => {
    const grid = { sheet: plan.name, origin: { row: 1, col: 1 }, values: plan.values, tables: [] };
    expect(readHistoryGrid(grid)).toEqual(history);
  });

  it('writes a row per snapshot and item, with few formats however many rows', () => {
    const big = planHistorySheet([snapshot('2024-03-31', 10_000), snapshot('2024-06-30', 10_000)], ctx);
    expect(big.values.length).toBe(4 + 2 + 1 + 1 + 20_000);
    expect(big.formats.length).toBe(plan.formats.length);
  });
});
