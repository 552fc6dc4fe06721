import { EXPECTED_PROBLEMS, PLAN_SHEET, PROBLEMS_SHEET, planGrid, problemsGrid } from '../../../fixtures/problems';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import type { ActionItem, ActionTable, CanonicalStatus, Lang } from '../schema/report';
import { validateActionTable } from './validateActionTable';

const ctx = (lang: Lang = 'fi'): CoreContext => ({ asOf: '2024-06-30', lang, locale: getLocale(lang) });

/** An item of the problems sheet as detection gives it, with its cells in columns B–G. */
function item(
  row: number,
  number: string | null,
  action: string,
  statusText: string,
  status: CanonicalStatus,
  owner: string | null,
  section: string,
  continuation = false,
): ActionItem {
  return {
    row,
    action,
    number,
    goal: null,
    metric: null,
    schedule: null,
    owner,
    statusText,
    status,
    statusReason: null,
    overdue: false,
    section,
    category: null,
    continuation,
    cells: { number: `B${row}`, action: `C${row}`, schedule: `D${row}`, metric: `E${row}`, owner: `F${row}`, status: `G${row}` },
  };
}

const T1 = 'Tavoite 1: Henkilöstön työhyvinvointi paranee';
const T2 = 'Tavoite 2: Osaaminen ja perehdytys kehittyvät';

/** The table of fixtures/problems.ts, built by hand from its rows. */
function problemsTable(items?: ActionItem[]): ActionTable {
  const list = items ?? [
    item(7, '1', 'Viestintä', 'Kyllä', 'done', 'Henkilöstöjohtaja', T1),
    item(8, '2', 'Työhyvinvointiagentit', 'Odottaa päätöstä', 'unknown', 'Työsuojelupäällikkö', T1),
    item(9, '3', 'Hankkeen tilanne- ja tarvearviointi', 'Osittain toteutunut', 'partial', 'Projektipäällikkö', T1),
    item(10, '4', 'Yhtenäiset työaikakäytännöt', 'Kyllä', 'done', 'Palvelupäällikkö', T1),
    item(11, '5', 'Etätyön mahdollistaminen', 'Kyllä', 'done', null, T1),
    item(12, '5', 'Etätyön mahdollistaminen', 'Ei /korona', 'not_done', 'Palvelupäällikkö', T1, true),
    item(14, '1', 'Perehdyttäminen (tarkistetaan nykyiset toimintatavat)', 'Kyllä', 'done', 'Esimiehet', T2),
    item(15, '2', 'Kehityskeskustelut', '', 'missing', 'Esimiehet', T2),
    item(16, '2', 'Rekrytoinnin kehittäminen', 'Käynnissä', 'in_progress', 'HR-päällikkö', T2),
    item(17, '3', 'Ennakoiva henkilöstösuunnittelu', 'Poistettu', 'removed', 'HR-päällikkö', T2),
    item(18, '4', 'Koulutussuunnitelma laaditaan toimintasuunnitelman mukaisesti', '', 'unknown', 'Esimiehet', T2),
    item(19, '5', 'Työkierron mahdollistaminen', 'Toteutunut', 'done', 'Esimiehet', T2),
  ];
  return {
    sheet: PROBLEMS_SHEET,
    range: 'B5:G19',
    headerRow: 5,
    layout: 'rows',
    excelTable: null,
    columns: { number: 'B', action: 'C', schedule: 'D', metric: 'E', owner: 'F', status: 'G' },
    title: 'Työhyvinvointi ja henkilöstö',
    chair: 'Anna-Liisa Koivisto',
    total: list.length,
    byStatus: countStatuses(list.map((i) => i.status)),
    sections: [],
    items: list,
  };
}

const brief = (issues: { code: string; cell: string; severity: string }[]) => issues.map((i) => `${i.severity} ${i.code} ${i.cell}`);

describe('validateActionTable', () => {
  it('finds each seeded problem once, at its cell, and nothing on the clean rows', () => {
    const expected = EXPECTED_PROBLEMS.filter((p) => p.sheet === PROBLEMS_SHEET && p.code !== 'cell.error');
    expect(brief(validateActionTable(problemsTable(), problemsGrid(), ctx())).sort()).toEqual(brief([...expected]).sort());
  });

  it('says what is wrong and what a valid value looks like, in Finnish', () => {
    const issues = validateActionTable(problemsTable(), problemsGrid(), ctx('fi'));
    const message = (code: string) => issues.find((i) => i.code === code)?.message;
    expect(message('status.unknown')).toBe(
      "Tuntematon tila 'Odottaa päätöstä'. Käytä esimerkiksi: Kyllä, Ei, Osittain, Käynnissä, Keskeytetty, Poistettu.",
    );
    expect(message('schedule.unreadable')).toContain("'heti kun ehditään'");
    expect(message('schedule.unreadable')).toContain('Syksy 2024');
    expect(message('schedule.backwards')).toContain('päättyy (31.12.2021) ennen kuin se alkaa (1.1.2024)');
    expect(message('owner.missing')).toContain("'Etätyön mahdollistaminen'");
    expect(message('action.duplicateNumber')).toContain("'2' on jo rivillä 15");
    expect(message('status.missing')).toContain('Kyllä, Ei, Osittain');
  });

  it('writes the messages in Swedish and English when asked', () => {
    const sv = validateActionTable(problemsTable(), problemsGrid(), ctx('sv'));
    expect(sv.find((i) => i.code === 'status.unknown')?.message).toBe(
      "Okänd status 'Odottaa päätöstä'. Använd till exempel: Ja, Nej, Delvis, Pågår, Avbruten, Struken.",
    );
    const en = validateActionTable(problemsTable(), problemsGrid(), ctx('en'));
    expect(en.find((i) => i.code === 'schedule.backwards')?.message).toContain('ends (2021-12-31) before it starts (2024-01-01)');
  });

  it('reports a table without a status column once, at its header row, and no missing statuses', () => {
    const plan: ActionTable = {
      ...problemsTable([]),
      sheet: PLAN_SHEET,
      range: 'A2:C4',
      headerRow: 2,
      columns: { action: 'A', schedule: 'B', metric: 'C' },
      items: [3, 4].map((row) => ({
        ...item(row, null, 'Omaolo', '', 'missing', null, ''),
        cells: { action: `A${row}`, schedule: `B${row}`, metric: `C${row}` },
      })),
    };
    expect(brief(validateActionTable(plan, planGrid(), ctx()))).toEqual(['info table.noStatus A2']);
  });

  it('does not ask for an owner where the table has no owner column', () => {
    const table = problemsTable();
    const { owner: _owner, ...columns } = table.columns;
    const withoutOwner = { ...table, columns, items: table.items.map((i) => ({ ...i, cells: { ...i.cells, owner: undefined } })) };
    expect(validateActionTable(withoutOwner, problemsGrid(), ctx()).some((i) => i.code === 'owner.missing')).toBe(false);
  });

  it('does not ask a continuation row for an owner: it shares the owner of the action it continues', () => {
    const table = problemsTable([
      item(11, '5', 'Etätyön mahdollistaminen', 'Kyllä', 'done', 'Palvelupäällikkö', T1),
      item(12, null, 'Etätyön mahdollistaminen', 'Ei /korona', 'not_done', null, T1, true),
    ]);
    expect(validateActionTable(table, problemsGrid(), ctx()).some((i) => i.code === 'owner.missing')).toBe(false);
  });

  it('treats "2." and "2" as the same number, but not across sections', () => {
    const table = problemsTable([
      item(7, '2.', 'Viestintä', 'Kyllä', 'done', 'HR', T1),
      item(9, ' 2 ', 'Tarvearviointi', 'Kyllä', 'done', 'HR', T1),
      item(14, '2', 'Perehdyttäminen', 'Kyllä', 'done', 'HR', T2),
    ]);
    const duplicates = validateActionTable(table, problemsGrid(), ctx()).filter((i) => i.code === 'action.duplicateNumber');
    expect(brief(duplicates)).toEqual(['warning action.duplicateNumber C9']);
  });

  it('leaves a cell holding an error to the cell-error check, however the host handed it over', () => {
    const grid = problemsGrid();
    const row9 = grid.values[7];
    if (row9) row9[2] = '#VALUE!'; // D9's schedule is now an error text, as Office.js gives it
    const issues = validateActionTable(problemsTable(), grid, ctx());
    expect(issues.some((i) => i.cell === 'D9' || i.cell === 'G18')).toBe(false);
  });

  it('reads a schedule typed as a real date without complaint', () => {
    const grid = problemsGrid();
    const row17 = grid.values[15];
    if (row17) row17[2] = new Date(Date.UTC(2024, 8, 1));
    expect(validateActionTable(problemsTable(), grid, ctx()).some((i) => i.cell === 'D17')).toBe(false);
  });
});
