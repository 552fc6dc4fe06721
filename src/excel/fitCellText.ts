/** A text as long as a cell, or a formula's text constant, can hold. */

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's limit on a text constant inside a formula (e.g. the text a HYPERLINK shows). */
export const MAX_FORMULA_TEXT = 255;

/**
 * The text itself when it fits in `limit` characters; else cut to fit, ending in an ellipsis, so the write goes through and
 * shows that something was left out (Excel refuses a longer text, which would fail the whole sheet).
 * @example fitCellText('Perhekeskus'.repeat(4000)).length //=> 32767
 */
export function fitCellText(text: string, limit: number = MAX_CELL_TEXT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
