/** Today's actions' (or indicators') stable keys: the earlier one's key where matched, a new one where not. */
import { UNPAIRED, type ItemMatch } from './matchItems';

/**
 * Per later entry of `match`, its key: a matched one keeps its earlier one's (`earlierKeys`); the others get numbers after
 * the largest any snapshot has used (`taken`), after the prefix (none for actions, `M` for indicators), so a key never
 * names two.
 * @example keyItems(march.actions.keys, matchItems(march.actions, june.actions), ['1', '2', '3']) //=> ['1', '2', '4']
 */
export function keyItems(earlierKeys: readonly string[], match: ItemMatch, taken: Iterable<string>, prefix = ''): string[] {
  const keys = new Array<string>(match.earlierOf.length).fill('');
  match.earlierOf.forEach((e, l) => {
    if (e !== UNPAIRED) keys[l] = earlierKeys[e] ?? '';
  });
  let next = largestKey(taken, prefix);
  for (let l = 0; l < keys.length; l++) if (keys[l] === '') keys[l] = `${prefix}${++next}`;
  return keys;
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
