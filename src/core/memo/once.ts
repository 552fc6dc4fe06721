/** Works a value out on first use and keeps it: the vocabularies built from the locales. */

/**
 * A function that calls `make` the first time it is called and gives that same value ever after.
 * The locales are constant, so what is built from them needs building once, and only when a reader
 * first asks (a host that never reads a budget never builds the budget vocabulary).
 * @example
 * const chairWords = once(() => LOCALES.fi.chairWords.map((w) => foldText(w)));
 * chairWords() === chairWords() //=> true
 */
export function once<V>(make: () => V): () => V {
  let made = false;
  let value: V;
  return (): V => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
