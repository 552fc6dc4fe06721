/** Counts items by canonical status, every status present. */
import type { CanonicalStatus, StatusCounts } from './schema/report';
import { CANONICAL_STATUSES } from './schema/vocabulary';

/**
 * Counts of each canonical status among the given statuses (0 where none).
 * @example countStatuses(['done', 'done', 'not_done']).done //=> 2
 */
export function countStatuses(statuses: Iterable<CanonicalStatus>): StatusCounts {
  // A copy of one template keeps every count object the same shape (fast property access in the loop).
  const counts = { ...ZERO };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

const ZERO = Object.fromEntries(CANONICAL_STATUSES.map((s) => [s, 0])) as StatusCounts;
