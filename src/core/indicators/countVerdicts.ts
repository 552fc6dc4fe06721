/** Counts indicators by verdict, every verdict present. */
import type { IndicatorTable, VerdictCounts } from '../schema/report';
import { VERDICTS } from '../schema/vocabulary';

/**
 * Verdict → how many indicators of the tables have it (0 where none).
 * @example countVerdicts(findIndicatorTables(seed004IndicatorGrid, ctx, []).tables) //=> { met: 3, not_met: 1, no_data: 0, qualitative: 1, unreadable: 1 }
 */
export function countVerdicts(tables: readonly IndicatorTable[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
  for (const table of tables) for (const item of table.items) counts[item.verdict] += 1;
  return counts;
}
