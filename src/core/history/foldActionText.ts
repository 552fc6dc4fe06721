/** One comparable form of an action's text, so a case change, a line break or a lost ä does not make it another action. */
import { foldHeaderWords } from '../actions/foldHeaderWords';

/**
 * The action's words, folded as headers are (case, marks of ä/ö/å, a scan's `6`), joined by single spaces:
 * punctuation and line breaks separate words and count for nothing.
 * @example foldActionText('Perhekeskus-\ntoiminnan  KEHITTÄMINEN.') //=> 'perhekeskus toiminnan kehittaminen'
 */
export function foldActionText(action: string): string {
  return foldHeaderWords(action).join(' ');
}
