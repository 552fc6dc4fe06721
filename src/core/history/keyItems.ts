/** Gives today's items their stable keys: the earlier item's key where matched, a new one where not. */
import type { ItemMatch } from './matchItems';
import type { Snapshot, SnapshotItem } from './snapshot';

/**
 * The later items with keys: a matched item keeps its earlier one's key; the others get numbers after
 * the largest key any snapshot has used, so a key never names two actions.
 * @example keyItems(june.items, march.items, matchItems(march.items, june.items), [march]).map((i) => i.key) //=> ['1', '2', '4']
 */
export function keyItems(
  later: readonly SnapshotItem[],
  earlier: readonly SnapshotItem[],
  match: ItemMatch,
  history: readonly Snapshot[],
): SnapshotItem[] {
  const inherited = new Map<number, string>();
  for (const [e, l] of match.pairs) {
    const key = earlier[e]?.key;
    if (key) inherited.set(l, key);
  }
  let next = largestKey(history);
  return later.map((item, l) => ({ ...item, key: inherited.get(l) ?? String(++next) }));
}

function largestKey(history: readonly Snapshot[]): number {
  let largest = 0;
  for (const snapshot of history) {
    for (const item of snapshot.items) {
      const n = Number(item.key);
      if (Number.isInteger(n) && n > largest) largest = n;
    }
  }
  return largest;
}
