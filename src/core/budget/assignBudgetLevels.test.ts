import { SEED002_BUDGET_LINES } from '../../../fixtures/seed002Budget';
import type { BudgetColumn } from '../schema/report';
import { BUDGET_COLUMNS } from '../schema/vocabulary';
import { assignBudgetLevels, type LevelInput } from './assignBudgetLevels';
import { budgetVocabulary } from './budgetVocabulary';

const v = budgetVocabulary();
const seedLevels = SEED002_BUDGET_LINES.map((l) => l.level);

function inputs(label: (i: number) => string, only?: BudgetColumn): LevelInput[] {
  return SEED002_BUDGET_LINES.map((l, i) => ({
    label: label(i),
    indent: null,
    values: {
      budget: l.budget,
      actual: only && only !== 'actual' ? null : l.actual,
      forecast: only && only !== 'forecast' ? null : l.forecast,
      proposal: only && only !== 'proposal' ? null : l.proposal,
      frame: only && only !== 'frame' ? null : l.frame,
    },
  }));
}

describe('assignBudgetLevels', () => {
  it('finds seed 002’s totals from the sums alone, whatever the labels say', () => {
    const s = assignBudgetLevels(
      inputs((i) => `Rivi ${i + 1}`),
      v,
      BUDGET_COLUMNS,
    );
    expect(s.levels).toEqual(seedLevels);
    expect(s.groups).toEqual([
      { total: 0, subs: [1, 2, 3, 4] },
      { total: 5, subs: [6, 7, 8, 9, 10] },
    ]);
    // Without its label the last line is just a line: no result check.
    expect(s.results).toEqual([]);
  });

  it('keeps the structure when one amount is mistyped: the other columns still add up', () => {
    const rows = inputs((i) => `Rivi ${i + 1}`);
    const typo = rows.map((r, i) => (i === 10 ? { ...r, values: { ...r.values, budget: -19369 } } : r));
    expect(assignBudgetLevels(typo, v, BUDGET_COLUMNS).levels).toEqual(seedLevels);
  });

  it('falls back on the total lines’ labels when a one-column table no longer adds up', () => {
    const rows = inputs((i) => SEED002_BUDGET_LINES[i]?.label ?? '', 'budget').map((r, i) =>
      i === 10 ? { ...r, values: { ...r.values, budget: -19369 } } : r,
    );
    const s = assignBudgetLevels(rows, v, ['budget']);
    expect(s.levels).toEqual(seedLevels);
    expect(s.results).toEqual([11]);
  });

  it('reads OCR-damaged and Swedish-only labels of total and result lines', () => {
    const labels = ['Verksamhetsintakter', 'a', 'b', 'Verksamhetskostnader', 'c', 'd', 'Toimintakate'];
    const rows: LevelInput[] = labels.map((label) => ({
      label,
      indent: null,
      values: { budget: 1, actual: null, forecast: null, proposal: null, frame: null },
    }));
    // Sums do not hold (1 ≠ 1 + 1): the labels decide.
    expect(assignBudgetLevels(rows, v, ['budget']).levels).toEqual([0, 1, 1, 0, 1, 1, 0]);
    expect(assignBudgetLevels(rows, v, ['budget']).results).toEqual([6]);
  });

  it('follows indentation where the host read it', () => {
    const rows = inputs((i) => `Rivi ${i + 1}`).map((r, i) => ({ ...r, indent: seedLevels[i] === 1 ? 2 : 0 }));
    expect(assignBudgetLevels(rows, v, BUDGET_COLUMNS).levels).toEqual(seedLevels);
  });
});
