/** Gathers the budget words of every language into one vocabulary: a workbook may mix fi, sv and en headers. */
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import type { BudgetColumn } from '../schema/report';
import { BUDGET_COLUMNS } from '../schema/vocabulary';
import { budgetTokens } from './budgetTokens';
import type { BudgetPhrase } from './matchBudgetPhrase';

export interface BudgetVocabulary {
  readonly columns: readonly BudgetPhrase<BudgetColumn>[];
  readonly versus: readonly BudgetPhrase<true>[];
  readonly totalLines: readonly BudgetPhrase<true>[];
  readonly totalSuffixes: readonly BudgetPhrase<true>[];
  readonly resultLines: readonly BudgetPhrase<true>[];
  /** Units as written, longest first. */
  readonly units: readonly string[];
}

/**
 * The budget header words, unit words and total/result line labels of fi, sv and en together.
 * @example budgetVocabulary().columns.find((p) => p.words[0] === 'utfall')?.meaning //=> 'actual'
 */
export function budgetVocabulary(): BudgetVocabulary {
  return vocabulary();
}

/** The budget words that only say what a label or header is (no column meaning): `versus`, the total and result lines. */
type PlainBudgetWords = Exclude<keyof BudgetVocabulary, 'columns' | 'units'>;

const vocabulary = once((): BudgetVocabulary => {
  const locales = Object.values(LOCALES);
  const phrases = <T>(lists: readonly (readonly string[])[], meaning: T): BudgetPhrase<T>[] =>
    lists.flat().map((w) => ({ words: budgetTokens(w), meaning }));
  const plain = (key: PlainBudgetWords): BudgetPhrase<true>[] =>
    phrases(
      locales.map((l) => l.budgetWords[key]),
      true as const,
    );
  return {
    columns: BUDGET_COLUMNS.flatMap((column) =>
      phrases(
        locales.map((l) => l.budgetHeaderWords[column]),
        column,
      ),
    ),
    versus: plain('versus'),
    totalLines: plain('totalLines'),
    totalSuffixes: plain('totalSuffixes'),
    resultLines: plain('resultLines'),
    units: [...new Set(locales.flatMap((l) => l.budgetWords.units))].sort((a, b) => b.length - a.length),
  };
});
