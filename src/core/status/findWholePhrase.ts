/** Finds a phrase as whole words, so that "Eikä" is never read as "Ei". */

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/**
 * The index of the first occurrence of `phrase` in `text` at or after `from` that neither starts
 * nor ends inside a word, or -1. Both are expected folded alike (`foldText`).
 * @example findWholePhrase('kylla, mutta keskeytetty', 'keskeytetty') //=> 13
 * @example findWholePhrase('eika', 'ei') //=> -1
 */
export function findWholePhrase(text: string, phrase: string, from = 0): number {
  if (phrase === '') return -1;
  for (let i = text.indexOf(phrase, from); i !== -1; i = text.indexOf(phrase, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + phrase.length])) return i;
  }
  return -1;
}
