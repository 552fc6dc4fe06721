import { SEED002_BUDGET_LINES, seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import type { Lang, Report } from '../schema/report';
import { findBudgetTables } from './findBudgetTables';
import { planBudgetSheet } from './planBudgetSheet';

// Tolerances unlike the real ones (and unlike each other), so a text that states its own figure, or
// the other tolerance's, shows up as a difference.
jest.mock('./budgetTolerances', () => ({
  ...jest.requireActual<typeof import('./budgetTolerances')>('./budgetTolerances'),
  NEUTRAL_BAND_PCT: 5,
  NEUTRAL_BAND: 0.05,
  PACE_TOLERANCE_PCT: 3,
}));

const ctxOf = (lang: Lang): CoreContext => ({ asOf: '2023-08-15', lang, locale: getLocale(lang) });

/** Seed 002 with the materials line's actuals at `pct` % of its budget after half a year (1-6/2023). */
function sheetWithMaterialsAt(pct: number, lang: Lang) {
  const materials = SEED002_BUDGET_LINES.findIndex((l) => l.label.startsWith('Aineet'));
  const found = findBudgetTables(
    seed002BudgetGrid((line, i) => (i === materials ? { ...line, actual: Math.round((line.budget * pct) / 100) } : line)),
    ctxOf(lang),
  );
  const report: Report = {
    asOf: '2023-08-15',
    lang,
    source: null,
    actionTables: [],
    budgetTables: found.tables,
    issues: found.issues,
    totals: { total: 0, byStatus: countStatuses([]) },
    changes: null,
    history: [],
  };
  const plan = planBudgetSheet(report, ctxOf(lang));
  const texts = (plan?.values ?? []).map((row) => row[0]).filter((v): v is string => typeof v === 'string');
  const flagged = found.issues.filter((i) => i.code === 'budget.overPace').map((i) => i.cell);
  return { texts, flagged, materialsActual: `C${4 + materials}` };
}

describe('the budget tolerances, stated where they apply', () => {
  it.each<[Lang, string, string]>([
    ['fi', 'harmaa: ero enintään 5 %', 'yli 53 % talousarviostaan'],
    ['sv', 'grått: skillnad högst 5 %', 'mer än 53 % av sin budget'],
    ['en', 'grey: within 5 %', 'more than 53 % of its budget'],
  ])('in %s the legend states the neutral band and the pace note the pace limit', (lang, legend, limit) => {
    const { texts } = sheetWithMaterialsAt(52.5, lang);
    expect(texts.some((t) => t.includes(legend))).toBe(true);
    expect(texts.some((t) => t.includes(limit))).toBe(true);
  });

  it('flags a cost line just over the limit the note states, and not one just under it', () => {
    const under = sheetWithMaterialsAt(52.5, 'fi');
    const over = sheetWithMaterialsAt(53.5, 'fi');
    expect(under.flagged).not.toContain(under.materialsActual);
    expect(over.flagged).toContain(over.materialsActual);
  });
});
