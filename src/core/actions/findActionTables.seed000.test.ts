import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS, seed000Grid, seed000Placement, seed000Workbook } from '../../../fixtures/seed000';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { CANONICAL_STATUSES, type CanonicalStatus } from '../schema/report';
import { actionTableSchema } from '../schema/report';
import { findActionTables } from './findActionTables';

const ctx: CoreContext = { asOf: '2023-12-31', lang: 'fi', locale: getLocale('fi') };

/** The hand count with every canonical status present, as `byStatus` has them. */
function full(partial: Partial<Record<CanonicalStatus, number>>) {
  return Object.fromEntries(CANONICAL_STATUSES.map((s) => [s, partial[s] ?? 0]));
}

describe('findActionTables on the realisation report of seed 000', () => {
  it.each(SEED000_WORKSTREAMS.map((ws) => [ws.sheet, ws] as const))(
    '%s: one table whose counts are those of the document’s Toteuma column',
    (_name, ws) => {
      const { tables, issues } = findActionTables(seed000Grid(ws), ctx, []);
      expect(issues).toEqual([]);
      expect(tables).toHaveLength(1);
      const table = tables[0]!;
      expect(table.total).toBe(ws.expected.total);
      expect(table.byStatus).toEqual(full(ws.expected.byStatus));
      expect(table.chair).toBe(ws.chair);
      expect(table.title).toBe(ws.title);
      expect(() => actionTableSchema.parse(table)).not.toThrow();
    },
  );

  it('adds up to the whole report’s counts', () => {
    const tables = seed000Workbook().sheets.flatMap((g) => findActionTables(g, ctx, []).tables);
    const total = tables.reduce((n, t) => n + t.total, 0);
    expect(total).toBe(SEED000_EXPECTED_TOTAL.total);
    expect(countStatuses(tables.flatMap((t) => t.items.map((i) => i.status)))).toEqual(full(SEED000_EXPECTED_TOTAL.byStatus));
  });

  it('puts every item on the sheet row of its action and keeps header, title and chair rows out', () => {
    for (const ws of SEED000_WORKSTREAMS) {
      const placement = seed000Placement(ws);
      const itemRows = ws.rows.flatMap((r, i) => (r.kind === 'row' ? [placement.tableRows[i]] : []));
      const table = findActionTables(seed000Grid(ws), ctx, []).tables[0]!;
      expect(table.items.map((i) => i.row)).toEqual(itemRows);
      expect(table.headerRow).toBe(placement.tableRows[0]);
    }
  });
});
