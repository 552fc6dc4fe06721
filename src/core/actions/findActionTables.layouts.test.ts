import {
  BUDGET_BESIDE_ACTIONS_BUDGET_RANGE,
  budgetBesideActions,
  excelTableLayout,
  seed001Plan,
  seed002FollowUp,
  seed002Template,
  seed003Cards,
  seed004Hierarchy,
  swedishTable,
} from '../../../fixtures/layouts';
import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import { parseRange, type CellRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { actionTableSchema, type ActionTable } from '../schema/report';
import { findActionTables } from './findActionTables';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

function only(grid: Parameters<typeof findActionTables>[0], exclude: CellRange[] = []): ActionTable {
  const { tables } = findActionTables(grid, ctx, exclude);
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(() => actionTableSchema.parse(table)).not.toThrow();
  return table;
}

describe('findActionTables in the layouts of the seeds', () => {
  it('reads seed 001’s plan where its used range starts at C5, goals with a schedule as sections', () => {
    const t = only(seed001Plan);
    expect(t.range).toBe('C8:E18');
    expect(t.headerRow).toBe(8);
    expect(t.columns).toEqual({ action: 'C', schedule: 'D', metric: 'E' });
    expect(t.title).toBe('Yhteistyö kumppanien kanssa');
    expect(t.chair).toBe('Anna-Liisa Koivisto');
    expect(t.items.map((i) => i.row)).toEqual([10, 11, 12, 15, 16, 17, 18]);
    expect(t.items.map((i) => i.number)).toEqual(['1.a', '1.b', '1. C', '2.a', '2.b', '2.c', '2.d']);
    expect(t.sections.map((s) => [s.title, s.row, s.total])).toEqual([
      ['Tavoite 1 Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen', 9, 3],
      ['Tavoite 2: Päivystyspotilaiden hoitaminen oikeassa paikassa', 14, 4],
    ]);
    // No status column: every action is counted as lacking one, none invented.
    expect(t.byStatus.missing).toBe(7);
    expect(t.items[0]!.schedule).toEqual({ text: '2020 - 2022', start: '2020-01-01', end: '2022-12-31' });
    expect(t.items[0]!.cells).toEqual({ action: 'C10', schedule: 'D10', metric: 'E10' });
  });

  it('reads seed 002’s template, stops at the dated signature and leaves the binding-goal table alone', () => {
    const t = only(seed002Template);
    expect(t.range).toBe('A3:E6');
    expect(t.columns).toEqual({ goal: 'A', action: 'B', schedule: 'C', owner: 'D', metric: 'E' });
    expect(t.items.map((i) => i.goal)).toEqual([
      'Toimintasuunnitelman laatiminen ja toimintakertomuksen laatiminen',
      'Kehityskeskustelut',
      'Koulutussuunnitelma laaditaan toimintasuunnitelman mukaisesti',
    ]);
    expect(t.items.map((i) => i.owner)).toEqual(['Vastuualuejohtajat ja tulosyksikköpäälliköt', 'Esimiehet', 'Esimiehet']);
    expect(t.items[1]!.schedule).toEqual({ text: 'Syksy 2024', start: '2024-09-01', end: '2024-12-31' });
    expect(t.items.some((i) => i.action.includes('Etunimi'))).toBe(false);
    expect(t.title).toBe('Sosiaali- ja terveystalveluiden yhteinen toimintasuunnitelma 2024, jalkauttaminen');
  });

  it('carries a goal written once down to the actions beside it, whatever the header’s case and line breaks', () => {
    const t = only(seed002FollowUp);
    expect(t.columns).toEqual({ goal: 'B', action: 'C', schedule: 'D', owner: 'E', metric: 'F', status: 'G' });
    expect(t.items.map((i) => i.goal)).toEqual([
      'Kehityskeskustelut',
      'Kehityskeskustelut',
      'Kehityskeskustelut',
      'Koulutussuunnitelma laaditaan toimintasuunnitelman mukaisesti',
    ]);
    expect(t.items.map((i) => i.status)).toEqual(['in_progress', 'done', 'in_progress', 'done']);
    expect(t.items.every((i) => !i.continuation)).toBe(true);
  });

  it('reads seed 003’s cards: one item per card with a Toimenpide, OCR’d keys and colons included', () => {
    const t = only(seed003Cards);
    expect(t.layout).toBe('cards');
    expect(t.items.map((i) => i.action)).toEqual([
      'Sähköisen ajanvarauksen kehittäminen',
      'Sähköiset asiakasraadit',
      'Henkilökunta ja tilat mahdollistavat asiakkaan kokonaisvaltaisen palvelukokonaisuuden yhdessä sote-keskuksessa Yhteinen ilmoittautumispiste ja palveluohjaus',
      'Palvelusetelien käyttöönotto eri palveluissa',
      'Sähköinen palvelumuoto käyttöön – KasvatusChat-',
    ]);
    expect(t.items.map((i) => i.row)).toEqual([4, 10, 16, 27, 33]);
    expect(t.items.map((i) => i.owner)).toEqual([
      'terveys- ja sairaalapalveluiden johtaja Anna-Liisa Koivisto',
      'Hallintopäällikkö Pirkko Levola',
      'Mari Levonen, Pirjo Mäkilä ja Anna-Liisa Koivisto',
      'Mari Levonen',
      'Mari Levonen',
    ]);
    expect(t.items[3]!.goal).toBe('Asiakkaiden valinnanvapauden lisääminen');
    expect(t.items[4]!.metric).toBe('Toiminnan aloittaminen');
    expect(t.byStatus.missing).toBe(5);
    expect(t.sections.map((s) => [s.title, s.total])).toEqual([
      ['Perusturvan toimiala', 3],
      ['Yksikön toiminnalliset tavoitteet', 2],
    ]);
    expect(t.items[0]!.cells).toEqual({ goal: 'B3', action: 'B4', metric: 'B5', owner: 'B6' });
  });

  it('reads a Swedish table with its chair, merged goal row, continuation and “Övriga åtgärder”', () => {
    const t = only(swedishTable);
    expect(t.chair).toBe('Eva Holm');
    expect(t.columns).toEqual({ action: 'A', goal: 'B', schedule: 'C', metric: 'D', owner: 'E', status: 'F' });
    expect(t.items.map((i) => i.status)).toEqual(['done', 'partial', 'in_progress', 'not_started', 'suspended', 'removed', 'not_done']);
    const continued = t.items[4]!;
    expect(continued).toMatchObject({
      row: 10,
      continuation: true,
      action: '1d. Kundråd',
      number: null,
      goal: 'Kundrådet i alla regioner',
    });
    expect(t.sections.map((s) => [s.title, s.row, s.total])).toEqual([
      ['Mål 1: Tillgängliga tjänster', 5, 5],
      ['Övriga åtgärder', 11, 2],
    ]);
  });

  it('reads the same Swedish table typed with decomposed letters (a Mac’s Mätare, Åtgärd)', () => {
    const decomposed = {
      ...swedishTable,
      values: swedishTable.values.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))),
    };
    const t = only(decomposed);
    expect(t.columns).toEqual({ action: 'A', goal: 'B', schedule: 'C', metric: 'D', owner: 'E', status: 'F' });
    expect(t.chair).toBe('Eva Holm');
    expect(t.items.map((i) => i.status)).toEqual(['done', 'partial', 'in_progress', 'not_started', 'suspended', 'removed', 'not_done']);
  });

  it('reads an Excel table by its own headers, to its own end, numbers from its Nro column', () => {
    const t = only(excelTableLayout);
    expect(t).toMatchObject({ layout: 'excelTable', excelTable: 'Toimenpiteet', range: 'B3:F8', headerRow: 3 });
    expect(t.columns).toEqual({ number: 'B', action: 'C', owner: 'D', schedule: 'E', status: 'F' });
    expect(t.items.map((i) => [i.row, i.number, i.status])).toEqual([
      [4, '1', 'in_progress'],
      [5, '2', 'done'],
      [7, '3', 'not_started'],
      [8, '4', 'partial'],
    ]);
    expect(t.title).toBe('Toimenpiteiden seuranta');
  });

  it('never reads the budget table beside an action table as actions, with or without its range excluded', () => {
    const budget = parseRange(BUDGET_BESIDE_ACTIONS_BUDGET_RANGE)!;
    for (const exclude of [[budget], []]) {
      const t = only(budgetBesideActions, exclude);
      expect(t.range).toBe('F3:H6');
      expect(t.items.map((i) => i.action)).toEqual(['Kotihoito 24/7', 'Perhehoidon kasvattaminen', 'Etähoivan käyttöönotto']);
      expect(t.title).toBe('Toimenpiteet');
    }
  });

  it('finds no action table in seed 002’s budget table, with amounts as numbers or as typed text', () => {
    expect(findActionTables(seed002BudgetGrid(), ctx, []).tables).toEqual([]);
    expect(findActionTables(seed002BudgetTextGrid(), ctx, []).tables).toEqual([]);
  });

  it('reads seed 004’s spearheads as sections and carries each goal to its actions', () => {
    const t = only(seed004Hierarchy);
    expect(t.columns).toEqual({ goal: 'B', action: 'C', owner: 'D', metric: 'E', status: 'F' });
    expect(t.sections.map((s) => [s.title, s.row, s.total])).toEqual([
      ['Kärki 1: Tärkeintä ihminen', 4, 5],
      ['Kärki 2: Yhdenvertaiset, ennaltaehkäisevät ja vaikuttavat palvelut', 9, 2],
    ]);
    expect(t.items.map((i) => i.goal?.slice(0, 3))).toEqual(['1.1', '1.1', '1.1', '1.2', '1.2', '2.1', '2.1']);
    expect(t.items.map((i) => i.number)).toEqual(['a)', 'b)', 'c)', 'a)', 'b)', 'a)', 'b)']);
    expect(t.sections[1]!.byStatus).toMatchObject({ partial: 1, suspended: 1 });
  });
});
