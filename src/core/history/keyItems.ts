/** Gives today's actions (or indicators) their stable keys: the earlier one's key where matched, a new one where not. */
import type { ItemMatch } from './matchItems';

/**
 * The later entries with keys: a matched one keeps its earlier one's key; the others get numbers after the largest
 * any snapshot has used (`taken`), after the prefix (none for actions, `M` for indicators), so a key never names two.
 * @example keyItems(june.items, march.items, matchItems(march.items, june.items), ['1', '2', '3']).map((i) => i.key) //=> ['1', '2', '4']
 */
export function keyItems<T extends { key: string }>(
  later: readonly T[],
  earlier: readonly T[],
  match: ItemMatch,
  taken: Iterable<string>,
  prefix = '',
): T[] {
  const inherited = new Map<number, string>();
  for (const [e, l] of match.pairs) {
    const key = earlier[e]?.key;
    if (key) inherited.set(l, key);
  }
  let next = largestKey(taken, prefix);
  return later.map((entry, l) => ({ ...entry, key: inherited.get(l) ?? `${prefix}${++next}` }));
}

function largestKey(keys: Iterable<string>, prefix: string): number {
  let largest = 0;
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const n = Number(key.slice(prefix.length));
    if (Number.isInteger(n) && n > largest) largest = n;
  }
  return largest;
}
