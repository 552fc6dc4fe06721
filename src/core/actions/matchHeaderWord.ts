/** Compares one word of a cell with one header word, allowing the endings Finnish and Swedish add. */

/**
 * True when the cell's word is the header word, or the header word (four letters or more) with an
 * ending of at most two letters: plurals and cases (mittari → mittarit, tila → tilat, åtgärd → åtgärds).
 * A longer tail is another word: "tavoitetaso" is not "tavoite".
 * @example matchHeaderWord('mittarit', 'mittari') //=> true
 * @example matchHeaderWord('tavoitetaso', 'tavoite') //=> false
 */
export function matchHeaderWord(word: string, headerWord: string): boolean {
  if (word === headerWord) return true;
  return headerWord.length >= 4 && word.startsWith(headerWord) && word.length - headerWord.length <= 2;
}
