import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS, seed000Grid, seed000Placement, seed000Workbook } from '../../../fixtures/seed000';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
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

  it('counts each goal of Yhteistyö kumppanien kanssa on its own, continuation targets included', () => {
    const ws = SEED000_WORKSTREAMS[0]!;
    const table = findActionTables(seed000Grid(ws), ctx, []).tables[0]!;
    expect(table.sections.map((s) => [s.title.slice(0, 9), s.total, s.byStatus.done, s.byStatus.not_done, s.byStatus.partial])).toEqual([
      ['Tavoite 1', 4, 0, 2, 2],
      ['Tavoite 2', 4, 4, 0, 0],
      ['Tavoite 3', 6, 4, 2, 0],
      ['Tavoite 4', 5, 1, 4, 0],
    ]);
    const continued = table.items.filter((i) => i.continuation);
    expect(continued.map((i) => i.action.slice(0, 3))).toEqual(['1.b', '1.b']);
    expect(continued.map((i) => i.number)).toEqual([null, null]);
    expect(table.items.filter((i) => i.statusReason === 'korona').map((i) => i.number)).toEqual(['4.b', '4.c']);
  });

  it('reads the categories of Digitaaliset hankkeet’s repeated headers and its “Muut toteutukset” section', () => {
    const ws = SEED000_WORKSTREAMS.find((w) => w.sheet === 'Digitaaliset hankkeet')!;
    const table = findActionTables(seed000Grid(ws), ctx, []).tables[0]!;
    const byCategory = new Map<string | null, number>();
    for (const item of table.items) byCategory.set(item.category, (byCategory.get(item.category) ?? 0) + 1);
    expect([...byCategory]).toEqual([
      [null, 8],
      ['kansalaispalvelut', 4],
      ['ammattilaisen työkalut', 4],
      ['Johtamisen välineet ja automaatio', 8],
    ]);
    expect(table.sections.map((s) => [s.title, s.total])).toEqual([['Muut toteutukset', 2]]);
  });

  it('reads Lastensuojelu where the sheet starts in column B, its last goal written with a leading space', () => {
    const ws = SEED000_WORKSTREAMS.find((w) => w.sheet === 'Lastensuojelu')!;
    const table = findActionTables(seed000Grid(ws), ctx, []).tables[0]!;
    expect(table.columns).toEqual({ action: 'B', goal: 'C', status: 'D' });
    expect(table.sections.map((s) => s.title)).toEqual([
      'Tavoite 1: Lastensuojeluun tulevien asiakkaiden määrän vähentäminen',
      'Tavoite 2: Oikea-aikaisen puuttumisen lisäksi panostus ennalta ehkäisevään toimintaan',
      'Tavoite 3: Monialainen yhteistyö lasten ja nuorten luonnollisessa ympäristössä',
    ]);
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
