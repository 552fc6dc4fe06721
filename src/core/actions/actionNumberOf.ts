/** Reads the number a tidy action text opens with ("1.a", "2 a.", "12.", "a)"), without splitting the text. */
import { memoize } from '../memo/memoize';

// Digits, then optionally one letter (with a dot or space before it), then an optional dot or bracket;
// or a lone letter with a bracket, as seed 004 letters the actions under a goal ("a)", "b)").
const NUMBER = /^(\d{1,3}(?:\s?\.?\s?[a-zA-Z](?![\p{L}\p{N}]))?\.?\)?|[a-zA-Z]\))(?=\s|$)/u;
/** A bare count such as "75 vuotta" or "100% …" is no number: it needs a letter, a closing dot or a bracket. */
const MARKED = /[.)a-zA-Z]/;
/** Each number once: the same numbers ("1.a", "2.b") open actions on every sheet, and the report keeps each item's. */
const oneOf = memoize((number: string): string => number);

/**
 * The action's own number as written, or null. `text` must already be tidy (`cellText`): this runs
 * once per item, and only texts opening with a digit, or with a letter and a bracket, are tried.
 * @example actionNumberOf('2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö') //=> '2 a.'
 * @example actionNumberOf('75 vuotta täyttäneet') //=> null
 * @example actionNumberOf('b) Kotihoidon tiimit') //=> 'b)'
 */
export function actionNumberOf(text: string): string | null {
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && text.charCodeAt(1) !== 41) return null;
  const number = NUMBER.exec(text)?.[1];
  return number !== undefined && MARKED.test(number) ? oneOf(number) : null;
}
