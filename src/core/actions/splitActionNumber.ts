/** Separates an action's own number ("1.a", "2 a.", "12.") from its text. */
import { cellText } from '../cellText';

export interface SplitAction {
  number: string | null;
  /** The action without its number. */
  text: string;
}

// Digits, then optionally one letter (with a dot or space before it), then an optional dot or bracket;
// or a lone letter with a bracket, as seed 004 letters the actions under a goal ("a)", "b)").
const NUMBER = /^(\d{1,3}(?:\s?\.?\s?[a-zA-Z](?![\p{L}\p{N}]))?\.?\)?|[a-zA-Z]\))(?=\s|$)/u;

/**
 * Reads the number an action opens with, as written ("1.a", "1a.", "2 a.", "3.e", "12."). A bare
 * count such as "75 vuotta" or "100% …" is no number: it needs a letter or a closing dot.
 * @example splitActionNumber('2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö') //=> { number: '2 a.', text: 'Olemassa olevien tietojärjestelmien tehokkaampi käyttö' }
 * @example splitActionNumber('75 vuotta täyttäneet') //=> { number: null, text: '75 vuotta täyttäneet' }
 */
export function splitActionNumber(action: string): SplitAction {
  const text = cellText(action);
  const m = NUMBER.exec(text);
  const number = m?.[1];
  if (number === undefined || !/[.)a-zA-Z]/.test(number)) return { number: null, text };
  return { number, text: text.slice(number.length).trim() };
}
