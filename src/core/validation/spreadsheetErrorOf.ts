/** Recognises a spreadsheet error in a cell, whether the host gave it as an error value or as its text. */
import type { CellValue } from '../grid';
import { isCellError } from '../isCellError';

/** Excel's error values; Office.js may hand them over as plain text. */
const ERROR_TEXT = /^#(?:REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** Only white space may come before the '#': `trim` removes the same. */
const OPENS_WITH_HASH = /^\s*#/;

/**
 * The error as Excel shows it (`#REF!`) when the cell holds one, else null. A text cell counts only
 * when it is exactly an error value, so "#REF! korjattu" written by a person stays text.
 * @example spreadsheetErrorOf({ error: '#REF!' }) //=> '#REF!'
 * @example spreadsheetErrorOf(' #N/A ') //=> '#N/A'
 * @example spreadsheetErrorOf('Kyllä') //=> null
 */
export function spreadsheetErrorOf(value: CellValue | undefined): string | null {
  if (isCellError(value)) return value.error;
  if (typeof value === 'string') {
    // Every cell of every sheet comes here: a text not opening with '#' (after spaces) is no error, and
    // needs no trimmed copy. A visible ASCII first character other than '#' settles it (nearly every
    // text); anything else goes to the regex, which knows all of Unicode's spaces.
    const first = value.charCodeAt(0);
    if (first !== 35 && ((first > 32 && first < 127) || !OPENS_WITH_HASH.test(value))) return null;
    const text = value.trim();
    return ERROR_TEXT.test(text) ? text.toUpperCase() : null;
  }
  return null;
}
