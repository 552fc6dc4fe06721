/** Adds counts per status, every status present. */
import type { StatusCounts } from './schema/report';
import { CANONICAL_STATUSES } from './schema/vocabulary';
import { countStatuses } from './countStatuses';

/**
 * The count of each canonical status over all of `counts` (a status missing from one counts 0 there).
 * @example sumStatusCounts([pori.totals.byStatus, ulvila.totals.byStatus]).done //=> pori.totals.byStatus.done + ulvila.totals.byStatus.done
 */
export function sumStatusCounts(counts: Iterable<Partial<StatusCounts>>): StatusCounts {
  const sum = countStatuses([]);
  for (const c of counts) for (const s of CANONICAL_STATUSES) sum[s] += c[s] ?? 0;
  return sum;
}
