import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions, swedishTable } from '../../../fixtures/layouts';
import { buildReport } from '../buildReport';
import { consolidationSchema, type WorkbookSummary } from '../schema/consolidation';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const problems = summarizeReport(buildReport(problemsWorkbook(), opts), 'Tyohyvinvointi.xlsx');
const swedish = summarizeReport(buildReport({ fileName: null, sheets: [swedishTable] }, opts), 'Östra_Nyland.xlsx');
const kotihoito = summarizeReport(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts), 'Kotihoito.xlsx');
const broken = failedWorkbook('Rikki.xlsx', 'Tiedosto on vioittunut.');

/** The same unit's budget in another unit's file, with its amounts changed. */
function withBudget(w: WorkbookSummary, file: string, scale: number, unit = '1 000 €'): WorkbookSummary {
  const budget = (w.budget ?? []).map((l) => ({
    ...l,
    unit,
    budget: l.budget === null ? null : l.budget * scale,
    actual: l.actual === null ? null : l.actual * scale,
  }));
  return { ...w, file, budget };
}

describe('consolidate', () => {
  it('totals every count as the sum of the units’ rows, and counts the unreadable', () => {
    const c = consolidate([problems, swedish, kotihoito, broken], opts);
    expect(consolidationSchema.parse(c)).toEqual(c);
    const units = [problems, swedish, kotihoito];
    expect(c.totals.total).toBe(units.reduce((n, w) => n + w.totals.total, 0));
    for (const s of CANONICAL_STATUSES) expect(c.totals.byStatus[s]).toBe(units.reduce((n, w) => n + w.totals.byStatus[s], 0));
    expect(c.totals.overdue).toBe(units.reduce((n, w) => n + w.overdue, 0));
    expect(c.totals.issues.warning).toBe(units.reduce((n, w) => n + w.issues.warning, 0));
    expect(c.totals).toMatchObject({ workbooks: 4, unreadable: 1 });
    expect(c.workbooks.map((w) => w.file)).toEqual(['Tyohyvinvointi.xlsx', 'Östra_Nyland.xlsx', 'Kotihoito.xlsx', 'Rikki.xlsx']);
  });

  it('names units by their own titles, and by their files where the titles are their template’s', () => {
    const report = buildReport(problemsWorkbook(), opts);
    const c = consolidate(
      [
        summarizeReport(report, 'th_pori.xlsx', 'Työhyvinvointi, Pori'),
        summarizeReport(report, 'Kotihoito_Pori.xlsx', 'Seurantapohja 2024'),
        summarizeReport(report, 'Kotihoito_Ulvila.xlsx', 'Seurantapohja 2024'),
      ],
      opts,
    );
    expect(c.workbooks.map((w) => w.unit)).toEqual(['Työhyvinvointi, Pori', 'Kotihoito Pori', 'Kotihoito Ulvila']);
  });

  it('sums the budget lines two units share and recomputes their percentages from the sums', () => {
    const other = withBudget(kotihoito, 'Kotihoito2.xlsx', 2);
    const c = consolidate([kotihoito, other], opts);
    const income = c.totals.budget[0];
    expect(income).toMatchObject({ label: 'Toimintatuotot', budget: 30842 * 3, actual: 15021 * 3 });
    expect(income?.actualVsBudgetPct).toBe(Math.round(((15021 * 3) / (30842 * 3)) * 1000) / 10);
  });

  it('does not add up amounts in different units of money', () => {
    const euros = withBudget(kotihoito, 'Euroina.xlsx', 1000, '€');
    const line = consolidate([kotihoito, euros], opts).totals.budget[0];
    expect(line).toMatchObject({ budget: null, actual: null, actualVsBudgetPct: null });
  });

  it('shows one unit’s budget lines when it is the only one with a budget, and none when no unit has one', () => {
    expect(consolidate([problems, kotihoito], opts).totals.budget).toHaveLength(3);
    expect(consolidate([problems, swedish], opts).totals.budget).toEqual([]);
  });

  it('adds up indicator verdicts only when some unit has them', () => {
    expect('indicators' in consolidate([problems], opts).totals).toBe(false);
    const a = { ...problems, indicators: { met: 2, notMet: 1 } };
    const b = { ...swedish, indicators: { met: 1 } };
    expect(consolidate([a, b, broken], opts).totals.indicators).toEqual({ met: 3, notMet: 1 });
  });
});
