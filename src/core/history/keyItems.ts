/** Today's actions' (or indicators') stable keys: the earlier one's key where matched, a new one where not. */
import type { ItemMatch } from './matchItems';

/**
 * Per later entry, its key: a matched one keeps its earlier one's; the others get numbers after the largest any
 * snapshot has used (`taken`), after the prefix (none for actions, `M` for indicators), so a key never names two.
 * @example keyItems(june.items, march.items, matchItems(march.items, june.items), ['1', '2', '3']) //=> ['1', '2', '4']
 */
export function keyItems(
  later: readonly unknown[],
  earlier: readonly { key: string }[],
  match: ItemMatch,
  taken: Iterable<string>,
  prefix = '',
): string[] {
  const inherited = new Map<number, string>();
  for (const [e, l] of match.pairs) {
    const key = earlier[e]?.key;
    if (key) inherited.set(l, key);
  }
  let next = largestKey(taken, prefix);
  return later.map((_, l) => inherited.get(l) ?? `${prefix}${++next}`);
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
