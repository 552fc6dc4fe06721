/** Remembers a pure function's answers, so a text that repeats down a sheet is worked out once. */

/** How many answers a cache keeps before it starts again: enough for the repeats of any real sheet. */
const DEFAULT_LIMIT = 20_000;

/** A memoized function, and a look at what it already knows. */
export interface Memoized<K, V> {
  (key: K): V;
  /** The answer remembered for `key`, or undefined when there is none yet; works nothing out. */
  peek(key: K): V | undefined;
}

/**
 * `fn` with its answers remembered by argument. Text and number keys are held in a map that is emptied
 * when it reaches `limit`, so a workbook of all-different texts costs bounded memory; object keys (a
 * grid, a phrase list) are held weakly, so an answer lives exactly as long as its object. `fn` must be
 * pure: an answer that is shared must not be changed by whoever gets it.
 * @example
 * const tidy = memoize((text: string) => text.replace(/\s+/g, ' ').trim());
 * tidy('  Ei /\n korona ') //=> 'Ei / korona' (the second call with this text only looks it up)
 */
export function memoize<K extends string | number | object, V>(fn: (key: K) => V, limit = DEFAULT_LIMIT): Memoized<K, V> {
  const byValue = new Map<K, V>();
  const byObject = new WeakMap<object, V>();
  const memoized = (key: K): V => {
    if (typeof key === 'object') {
      const known = byObject.get(key);
      if (known !== undefined || byObject.has(key)) return known as V;
      const value = fn(key);
      byObject.set(key, value);
      return value;
    }
    const known = byValue.get(key);
    if (known !== undefined || byValue.has(key)) return known as V;
    const value = fn(key);
    if (byValue.size >= limit) byValue.clear();
    byValue.set(key, value);
    return value;
  };
  memoized.peek = (key: K): V | undefined => (typeof key === 'object' ? byObject.get(key) : byValue.get(key));
  return memoized;
}
