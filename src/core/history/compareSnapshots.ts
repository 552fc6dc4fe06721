/** What moved between an earlier snapshot and today's, item by item and in the counts. */
import type { Changes } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { UNPAIRED, type ItemMatch } from './matchItems';
import type { Snapshot, SnapshotActions } from './snapshot';

const where = (actions: SnapshotActions, i: number) => ({
  sheet: actions.sheets[i] ?? '',
  row: actions.rows[i] ?? 1,
  action: actions.texts[i] ?? '',
});

/**
 * The changes of the report contract from matched items: each status change `from` → `to`, each item overdue now
 * and not then, the added and the dropped ones, the count per status minus the earlier, and each indicator whose
 * verdict changed. An item whose status and overdue stayed as they were is in none of the lists.
 * @example compareSnapshots(march, june, matchItems(march.actions, june.actions), indicatorMatch).items //=> [{ sheet: 'Hyvinvointi', row: 7, action: 'Perhekeskus', from: 'in_progress', to: 'done' }]
 */
export function compareSnapshots(earlier: Snapshot, later: Snapshot, match: ItemMatch, indicatorMatch: ItemMatch): Changes {
  const then = earlier.actions;
  const now = later.actions;
  const changes: Changes = {
    since: earlier.asOf,
    items: [],
    newlyOverdue: [],
    added: match.added.map((l) => where(now, l)),
    dropped: match.dropped.map((e) => ({ sheet: then.sheets[e] ?? '', action: then.texts[e] ?? '' })),
    byStatusDelta: Object.fromEntries(
      CANONICAL_STATUSES.map((s) => [s, later.byStatus[s] - earlier.byStatus[s]]),
    ) as Changes['byStatusDelta'],
    indicators: [],
  };
  match.earlierOf.forEach((e, l) => {
    const [from, to] = [e === UNPAIRED ? null : then.statuses[e], now.statuses[l]];
    if (!from || !to) return;
    if (from !== to) changes.items.push({ ...where(now, l), from, to });
    if (now.overdue[l] && !then.overdue[e]) changes.newlyOverdue.push(where(now, l));
  });
  changes.indicators = changedIndicators(earlier, later, indicatorMatch);
  return changes;
}

function changedIndicators(earlier: Snapshot, later: Snapshot, match: ItemMatch): Changes['indicators'] {
  const [then, now] = [earlier.indicators, later.indicators];
  const changed: Changes['indicators'] = [];
  match.earlierOf.forEach((e, l) => {
    const [from, to] = [e === UNPAIRED ? null : then.verdicts[e], now.verdicts[l]];
    if (!from || !to || from === to) return;
    const [sheet, row, indicator] = [now.sheets[l] ?? '', now.rows[l] ?? 1, now.texts[l] ?? ''];
    changed.push({ sheet, row, indicator, from, to, fromValue: then.latest[e] ?? null, toValue: now.latest[l] ?? null });
  });
  return changed;
}
