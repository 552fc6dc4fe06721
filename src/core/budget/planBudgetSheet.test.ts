import { SEED002_BUDGET_LINES, seed002BudgetGrid, seed002BudgetTextGrid, type LineEdit } from '../../../fixtures/seed002Budget';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { sortIssues } from '../issues/sortIssues';
import { VARIANCE_COLORS } from '../palette';
import type { Issue, Lang, Report } from '../schema/report';
import { sheetPlanSchema, type SheetPlan } from '../schema/sheetPlan';
import { findBudgetTables } from './findBudgetTables';
import { planBudgetSheet } from './planBudgetSheet';

const ctxOf = (lang: Lang): CoreContext => ({ asOf: '2023-08-15', lang, locale: getLocale(lang) });

function reportOf(lang: Lang, edit?: LineEdit, extraIssues: Issue[] = []): Report {
  const found = findBudgetTables(seed002BudgetGrid(edit), ctxOf(lang));
  return {
    asOf: '2023-08-15',
    lang,
    source: null,
    actionTables: [],
    budgetTables: found.tables,
    // As buildReport orders them: sheet by sheet, top to bottom.
    issues: sortIssues([...found.issues, ...extraIssues], ['Talousarvio', 'Toimenpiteet']),
    totals: { total: 0, byStatus: countStatuses([]) },
    changes: null,
    history: [],
  };
}

/** Row number (1-based) of the plan row whose first cell is the label. */
function rowOf(plan: SheetPlan, label: string): number {
  const i = plan.values.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no row '${label}'`);
  return i + 1;
}

function fillAt(plan: SheetPlan, cell: string): string | undefined {
  return plan.formats.filter((f) => f.range === cell && f.fill).at(-1)?.fill;
}

const label = (start: string): string => SEED002_BUDGET_LINES.find((l) => l.label.startsWith(start))?.label ?? start;

describe('planBudgetSheet', () => {
  const plan = planBudgetSheet(reportOf('fi'), ctxOf('fi'));
  if (!plan) throw new Error('expected a plan');

  it('makes no sheet when the report has no budget tables', () => {
    expect(planBudgetSheet({ ...reportOf('fi'), budgetTables: [] }, ctxOf('fi'))).toBeNull();
  });

  it('is a valid plan named in the chosen language', () => {
    expect(() => sheetPlanSchema.parse(plan)).not.toThrow();
    expect(plan.kind).toBe('budget');
    expect(plan.name).toBe('Budjettivertailu');
    expect(planBudgetSheet(reportOf('sv'), ctxOf('sv'))?.name).toBe('Budgetjämförelse');
    expect(planBudgetSheet(reportOf('en'), ctxOf('en'))?.name).toBe('Budget comparison');
  });

  it('heads the amounts with their years and the actuals with their period', () => {
    const header = plan.values.find((r) => r[0] === 'Rivi');
    expect(header?.slice(0, 6)).toEqual(['Rivi', 'Talousarvio 2023', 'Toteuma 1-6/2023', 'Ennuste 2023', 'TA-esitys 2024', 'Kehys 2024']);
  });

  it('writes the amounts in the sheet’s unit and the comparisons as fractions, the seed’s figures', () => {
    const r = rowOf(plan, label('Toimintatuotot'));
    const row = plan.values[r - 1] ?? [];
    expect(row.slice(1, 6)).toEqual([30842, 15575, 32701, 31738, 30802]);
    // Seed prints 50 %, 106 %, 103 %, 97 %, 935: ours must round to within a point of them.
    const [tot = Number.NaN, enn = Number.NaN, tae = Number.NaN, taeEnn = Number.NaN, frame = Number.NaN] = row.slice(6, 11) as number[];
    expect(Math.abs(tot * 100 - 50)).toBeLessThanOrEqual(1);
    expect(Math.abs(enn * 100 - 106)).toBeLessThanOrEqual(1);
    expect(Math.abs(tae * 100 - 103)).toBeLessThanOrEqual(1);
    expect(Math.abs(taeEnn * 100 - 97)).toBeLessThanOrEqual(1);
    expect(Math.abs(frame - 935)).toBeLessThanOrEqual(2);
    expect(plan.values.every((v) => v.length === 12)).toBe(true);
  });

  it('formats amounts as #,##0 and comparisons as 0.0 % with invariant codes', () => {
    const first = rowOf(plan, label('Toimintatuotot'));
    const last = rowOf(plan, label('Toimintakate'));
    expect(plan.formats).toContainEqual({ range: `B${first}:F${last}`, numberFormat: '#,##0' });
    expect(plan.formats).toContainEqual({ range: `G${first}:J${last}`, numberFormat: '0.0 %' });
    expect(plan.formats).toContainEqual({ range: `K${first}:K${last}`, numberFormat: '#,##0' });
  });

  it('shows levels: subrows indented, totals bold', () => {
    expect(plan.formats).toContainEqual({ range: `A${rowOf(plan, label('Henkilöstökulut'))}`, indent: 1 });
    expect(plan.formats).toContainEqual({
      range: `A${rowOf(plan, label('Toimintakulut'))}:K${rowOf(plan, label('Toimintakulut'))}`,
      bold: true,
    });
  });

  it('colours a cost over budget and a revenue under budget red, within 2 % neutral, otherwise green', () => {
    // Personnel: proposal 123 909 against a budget of 109 446: a cost over budget.
    expect(fillAt(plan, `I${rowOf(plan, label('Henkilöstökulut'))}`)).toBe(VARIANCE_COLORS.bad);
    // Grants: forecast 683 against 1 528: revenue under budget.
    expect(fillAt(plan, `H${rowOf(plan, label('Tuet ja avustukset'))}`)).toBe(VARIANCE_COLORS.bad);
    // Operating costs: forecast 371 217 against 378 568, 98.1 %: within 2 %.
    expect(fillAt(plan, `H${rowOf(plan, label('Toimintakulut'))}`)).toBe(VARIANCE_COLORS.neutral);
    // Fees: forecast 115 % of budget: more revenue.
    expect(fillAt(plan, `H${rowOf(plan, label('Maksutuotot'))}`)).toBe(VARIANCE_COLORS.good);
    // Half-year actuals against half the budget: materials 52.5 % (over pace) red, personnel 47.5 % green.
    expect(fillAt(plan, `G${rowOf(plan, label('Aineet'))}`)).toBe(VARIANCE_COLORS.bad);
    expect(fillAt(plan, `G${rowOf(plan, label('Henkilöstökulut'))}`)).toBe(VARIANCE_COLORS.good);
    // Personnel proposal 7 056 over its frame: red.
    expect(fillAt(plan, `K${rowOf(plan, label('Henkilöstökulut'))}`)).toBe(VARIANCE_COLORS.bad);
  });

  it("states the share of the year in the language's own numbers (33,3 % in Finnish and Swedish, 33.3 % in English)", () => {
    const third = (lang: Lang): string => {
      const report = reportOf(lang);
      const table = report.budgetTables[0];
      if (!table) throw new Error('no budget table');
      const plan = planBudgetSheet(
        { ...report, budgetTables: [{ ...table, actualPeriod: { fromMonth: 1, toMonth: 4, year: 2023 } }] },
        ctxOf(lang),
      );
      return plan?.values.flat().find((v) => typeof v === 'string' && v.includes('33')) as string;
    };
    expect(third('fi')).toContain('33,3 %');
    expect(third('fi')).toContain('35,3 %');
    expect(third('sv')).toContain('33,3 %');
    expect(third('en')).toContain('33.3 %');
  });

  it('links every row to its source label cell', () => {
    const r = rowOf(plan, label('Avustukset - Bidrag'));
    expect(plan.links).toContainEqual({ cell: `L${r}`, sheet: 'Talousarvio', target: 'A13', text: 'A13' });
  });

  it('lists the budget issues with links to their cells, and leaves other issues out', () => {
    const other: Issue = { severity: 'warning', code: 'owner.missing', sheet: 'Toimenpiteet', cell: 'F7', message: 'x' };
    const typo = planBudgetSheet(
      reportOf('fi', (l) => (l.label.startsWith('Muut toimintakulut') ? { ...l, budget: -19369 } : l), [other]),
      ctxOf('fi'),
    );
    const rows = typo?.values.filter((v) => v[0] === 'Virhe' || v[0] === 'Varoitus') ?? [];
    expect(rows.map((v) => [v[0], v[1], v[2]])).toEqual([
      ['Virhe', 'Talousarvio', 'B9'],
      ['Varoitus', 'Talousarvio', 'C12'],
    ]);
    const at = (typo?.values.findIndex((v) => v[2] === 'B9') ?? -1) + 1;
    expect(typo?.links).toContainEqual({ cell: `C${at}`, sheet: 'Talousarvio', target: 'B9', text: 'B9' });
    expect(typo?.values.some((v) => v[1] === 'Toimenpiteet')).toBe(false);
  });

  it('keeps two tables from two sheets apart, each with its own heading', () => {
    const ctx = ctxOf('fi');
    const a = findBudgetTables(seed002BudgetGrid(), ctx);
    const b = findBudgetTables(seed002BudgetTextGrid(), ctx);
    const two = planBudgetSheet({ ...reportOf('fi'), budgetTables: [...a.tables, ...b.tables] }, ctx);
    const headings = two?.values.filter((v) => typeof v[0] === 'string' && v[0].includes(': Sosiaali')).map((v) => v[0]);
    expect(headings).toEqual([
      'Talousarvio: Sosiaali- ja terveystoimi Social- och hälsovård',
      'Sote TA-esitys 2024: Sosiaali- ja terveystoimi Social- och hälsovård',
    ]);
    expect(two?.links.some((l) => l.sheet === 'Sote TA-esitys 2024' && l.target === 'C21')).toBe(true);
  });

  it('makes each budget table’s rows a filterable table of its own, named apart, and prints landscape one page wide', () => {
    const ctx = ctxOf('fi');
    const a = findBudgetTables(seed002BudgetGrid(), ctx);
    const b = findBudgetTables(seed002BudgetTextGrid(), ctx);
    const two = planBudgetSheet({ ...reportOf('fi'), budgetTables: [...a.tables, ...b.tables] }, ctx);
    const headers = (two?.values ?? []).flatMap((r, i) => (r[0] === 'Rivi' ? [i + 1] : []));
    expect(two?.tables).toEqual([
      { name: 'Budjettivertailu', range: `A${headers[0]}:L${headers[0]! + a.tables[0]!.rows.length}` },
      { name: 'Budjettivertailu_2', range: `A${headers[1]}:L${headers[1]! + b.tables[0]!.rows.length}` },
    ]);
    expect(two?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, titleRows: 2, header: { right: 'Tilanne 15.8.2023' } });
  });
});
