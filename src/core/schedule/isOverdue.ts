/** Judges whether an action's time is up while it is still open. */
import type { CanonicalStatus, Schedule } from '../schema/report';

/** Statuses that close an item: its schedule no longer matters. */
const CLOSED: ReadonlySet<CanonicalStatus> = new Set<CanonicalStatus>(['done', 'removed', 'suspended']);

/**
 * Overdue as docs/ARCHITECTURE.md defines it: the schedule ended before `asOf` (an ISO date) and the status is
 * none of done, removed or suspended. A `partial` item whose time is up is overdue; an end on the
 * as-of day itself is not (the day is still in time); no end (open, unreadable, none) is never overdue.
 * @example isOverdue({ text: 'Syksy 2024', start: '2024-09-01', end: '2024-12-31' }, 'in_progress', '2025-01-01') //=> true
 * @example isOverdue({ text: 'Syksy 2024', start: '2024-09-01', end: '2024-12-31' }, 'in_progress', '2024-12-31') //=> false
 */
export function isOverdue(schedule: Schedule | null, status: CanonicalStatus, asOf: string): boolean {
  if (schedule === null || schedule.end === null) return false;
  if (CLOSED.has(status)) return false;
  // ISO dates compare correctly as strings.
  return schedule.end < asOf;
}
