/** Tells whether folded words open with a folded phrase, allowing header-word endings. */
import { matchHeaderWord } from './matchHeaderWord';

/**
 * True when `words` begin with every word of `phrase`, each allowing a short ending (`matchHeaderWord`).
 * @example startsWithPhrase(['tavoitteet', '2024'], ['tavoite']) //=> false
 * @example startsWithPhrase(['muut', 'toteutukset'], ['muut']) //=> true
 */
export function startsWithPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((p, i) => matchHeaderWord(words[i] ?? '', p));
}
