import { SEED002_BUDGET_LINES, seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import { getLocale } from '../locales/getLocale';
import type { Lang } from '../schema/report';
import { checkPace } from './checkPace';
import { locateBudgetTables } from './locateBudgetTables';

const ctxOf = (lang: Lang) => ({ asOf: '2023-08-15', lang, locale: getLocale(lang) });
const lines = locateBudgetTables(seed002BudgetGrid())[0]?.lines ?? [];
const line = (start: string) => {
  const found = lines.find((l) => l.label.startsWith(start));
  if (!found) throw new Error(start);
  return found;
};
const halfYear = { col: 3, period: { fromMonth: 1, toMonth: 6, year: 2023 } };

describe('checkPace', () => {
  it('warns at the actual of the one seed cost line over half its budget after 1-6: materials at 52.5 %', () => {
    const flagged = lines.filter((l) => checkPace(l, halfYear, 'Talousarvio', ctxOf('fi')) !== null).map((l) => l.label);
    expect(flagged).toEqual([SEED002_BUDGET_LINES[8]?.label]);
    const issue = checkPace(line('Aineet'), halfYear, 'Talousarvio', ctxOf('fi'));
    expect(issue).toMatchObject({ cell: 'C12', severity: 'warning', code: 'budget.overPace' });
    expect(issue?.message).toBe(
      "Rivin 'Aineet, tarvikkeet ja tavarat - Material, förnödenheter och varor' toteuma on 52,5 % talousarviosta, vaikka kaudella 1-6/2023 vuodesta on kulunut 50 %.",
    );
  });

  it('holds the same line to the share of a shorter period: personnel at 47.5 % is over after 1-3', () => {
    const quarter = { col: 3, period: { fromMonth: 1, toMonth: 3, year: 2023 } };
    expect(checkPace(line('Henkilöstökulut'), quarter, 'Talousarvio', ctxOf('en'))?.message).toContain('25 %');
    expect(checkPace(line('Henkilöstökulut'), halfYear, 'Talousarvio', ctxOf('en'))).toBeNull();
  });

  it('never flags revenue, which arrives unevenly, nor a table whose actuals cover the whole year', () => {
    const revenue = line('Maksutuotot'); // 59 % after half a year
    expect(checkPace(revenue, halfYear, 'Talousarvio', ctxOf('fi'))).toBeNull();
    expect(checkPace(line('Aineet'), null, 'Talousarvio', ctxOf('fi'))).toBeNull();
  });
});
