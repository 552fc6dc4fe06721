/** Counts the amount columns a header row names (Talousarvio, Ennuste, TA-esitys, Kehys…). */
import { cellAt } from '../cellAt';
import type { Grid } from '../grid';
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import type { BudgetColumn } from '../schema/report';
import { BUDGET_COLUMNS } from '../schema/vocabulary';
import { foldHeaderWords } from './foldHeaderWords';
import { startsWithPhrase } from './startsWithPhrase';

const budgetPhrases = once((): { column: BudgetColumn; words: string[] }[] => {
  const columns: readonly string[] = BUDGET_COLUMNS;
  const phrases = Object.values(LOCALES)
    .flatMap((locale) =>
      Object.entries(locale.budgetHeaderWords as Record<string, unknown>).flatMap(([key, list]) =>
        columns.includes(key) && Array.isArray(list)
          ? list.filter((w): w is string => typeof w === 'string').map((w) => ({ column: key as BudgetColumn, words: foldHeaderWords(w) }))
          : [],
      ),
    )
    .filter((p) => p.words.length > 0);
  // Longest first: "TA-esitys" is a proposal before "TA" could make it a budget.
  return phrases.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
});

/**
 * How many different budget columns (budget, actual, forecast, proposal, frame, from the locales'
 * `budgetHeaderWords`) the given cells of a row name. Two or more make it a budget header whatever
 * else it says: "Toteuma" heads a budget's actuals as often as an action's status.
 * @example // row 3 reads 'Tili | Talousarvio 2023 | Toteuma 1-6/2023 | Ennuste 2023'
 * countBudgetColumns(grid, 3, [1, 2, 3, 4]) //=> 3
 */
export function countBudgetColumns(grid: Grid, row: number, cols: readonly number[]): number {
  const seen = new Set<BudgetColumn>();
  for (const col of cols) {
    const value = cellAt(grid, row, col);
    if (typeof value !== 'string') continue;
    const words = foldHeaderWords(value);
    const match = budgetPhrases().find((p) => startsWithPhrase(words, p.words));
    if (match) seen.add(match.column);
  }
  return seen.size;
}
