/** Separates an action's own number ("1.a", "2 a.", "12.") from its text. */
import { cellText } from '../cellText';
import { actionNumberOf } from './actionNumberOf';

export interface SplitAction {
  number: string | null;
  /** The action without its number. */
  text: string;
}

/**
 * Reads the number an action opens with, as written ("1.a", "1a.", "2 a.", "3.e", "12."). A bare
 * count such as "75 vuotta" or "100% …" is no number: it needs a letter or a closing dot.
 * @example splitActionNumber('2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö') //=> { number: '2 a.', text: 'Olemassa olevien tietojärjestelmien tehokkaampi käyttö' }
 * @example splitActionNumber('75 vuotta täyttäneet') //=> { number: null, text: '75 vuotta täyttäneet' }
 */
export function splitActionNumber(action: string): SplitAction {
  const text = cellText(action);
  const number = actionNumberOf(text);
  if (number === null) return { number: null, text };
  return { number, text: text.slice(number.length).trim() };
}
