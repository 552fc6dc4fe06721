/** Tells what a header cell of a budget table heads: an amount column, one of the sheet's own computed columns, or neither. */
import type { BudgetColumn, BudgetComparison } from '../schema/report';
import { budgetTokens } from './budgetTokens';
import type { BudgetVocabulary } from './budgetVocabulary';
import { matchBudgetPhrase } from './matchBudgetPhrase';

export type BudgetHeaderKind =
  | { readonly kind: 'amount'; readonly column: BudgetColumn }
  /** `comparison` is null for a computed column the reader does not know how to recompute. */
  | { readonly kind: 'computed'; readonly comparison: BudgetComparison | null };

/** (left side, right side) of a "X vs Y" header → the comparison it shows. */
const PAIRS: Readonly<Record<string, BudgetComparison>> = {
  'actual/budget': 'actualVsBudgetPct',
  'forecast/budget': 'forecastVsBudgetPct',
  'proposal/budget': 'proposalVsBudgetPct',
  'proposal/forecast': 'proposalVsForecastPct',
  // Seed 002 heads "proposal − frame" as "KEHYS24 vs. TAE24": either order means the difference.
  'frame/proposal': 'proposalMinusFrame',
  'proposal/frame': 'proposalMinusFrame',
};

/**
 * Classifies one header text. A header with a "vs" word (or a percent sign) is a computed column;
 * otherwise its first budget word decides the amount column (bilingual headers repeat the same word).
 * @example classifyBudgetHeader('TOT vs. TA % Utfall vs. Bud. %', budgetVocabulary()) //=> { kind: 'computed', comparison: 'actualVsBudgetPct' }
 * @example classifyBudgetHeader('Kehys Ram 2024', budgetVocabulary()) //=> { kind: 'amount', column: 'frame' }
 */
export function classifyBudgetHeader(text: string, vocabulary: BudgetVocabulary): BudgetHeaderKind | null {
  const tokens = budgetTokens(text);
  const versusAt = tokens.findIndex((_, i) => matchBudgetPhrase(tokens, i, vocabulary.versus) !== null);
  const firstRole = (from: number, to: number): BudgetColumn | null => {
    for (let i = from; i < to; i++) {
      const hit = matchBudgetPhrase(tokens, i, vocabulary.columns);
      if (hit) return hit.meaning;
    }
    return null;
  };
  if (versusAt >= 0) {
    const left = firstRole(0, versusAt);
    const right = firstRole(versusAt + 1, tokens.length);
    if (left === null && right === null) return null;
    return { kind: 'computed', comparison: (left && right && PAIRS[`${left}/${right}`]) || null };
  }
  const role = firstRole(0, tokens.length);
  if (role === null) return null;
  if (text.includes('%')) return { kind: 'computed', comparison: role === 'actual' ? 'actualVsBudgetPct' : null };
  return { kind: 'amount', column: role };
}
