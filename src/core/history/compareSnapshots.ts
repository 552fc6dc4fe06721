/** What moved between an earlier snapshot and today's, item by item and in the counts. */
import type { Changes } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { UNPAIRED, type ItemMatch } from './matchItems';
import type { Snapshot, SnapshotItem } from './snapshot';

const where = (item: SnapshotItem) => ({ sheet: item.sheet, row: item.row, action: item.action });

/**
 * The changes of the report contract from matched items: each status change `from` → `to`, each item overdue now
 * and not then, the added and the dropped ones, the count per status minus the earlier, and each indicator whose
 * verdict changed. An item whose status and overdue stayed as they were is in none of the lists.
 * @example compareSnapshots(march, june, matchItems(march.items, june.items), indicatorMatch).items //=> [{ sheet: 'Hyvinvointi', row: 7, action: 'Perhekeskus', from: 'in_progress', to: 'done' }]
 */
export function compareSnapshots(earlier: Snapshot, later: Snapshot, match: ItemMatch, indicatorMatch: ItemMatch): Changes {
  const changes: Changes = {
    since: earlier.asOf,
    items: [],
    newlyOverdue: [],
    added: match.added.flatMap((l) => (later.items[l] ? [where(later.items[l])] : [])),
    dropped: match.dropped.flatMap((e) => (earlier.items[e] ? [{ sheet: earlier.items[e].sheet, action: earlier.items[e].action }] : [])),
    byStatusDelta: Object.fromEntries(
      CANONICAL_STATUSES.map((s) => [s, later.byStatus[s] - earlier.byStatus[s]]),
    ) as Changes['byStatusDelta'],
    indicators: [],
  };
  for (let l = 0; l < match.earlierOf.length; l++) {
    const e = match.earlierOf[l] as number;
    const then = e === UNPAIRED ? undefined : earlier.items[e];
    const now = later.items[l];
    if (!then || !now) continue;
    if (then.status !== now.status) changes.items.push({ ...where(now), from: then.status, to: now.status });
    if (now.overdue && !then.overdue) changes.newlyOverdue.push(where(now));
  }
  for (let l = 0; l < indicatorMatch.earlierOf.length; l++) {
    const e = indicatorMatch.earlierOf[l] as number;
    const then = e === UNPAIRED ? undefined : earlier.indicators[e];
    const now = later.indicators[l];
    if (!then || !now || then.verdict === now.verdict) continue;
    const { sheet, row, indicator } = now;
    changes.indicators.push({ sheet, row, indicator, from: then.verdict, to: now.verdict, fromValue: then.latest, toValue: now.latest });
  }
  return changes;
}
