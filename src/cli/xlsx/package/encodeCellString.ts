/** A cell's text in the form an .xlsx part stores it (OOXML's ST_Xstring), ready to put between tags. */
import { escapeXml } from './escapeXml';

// Excel reads `_xHHHH_` in stored text as the character HHHH: that is how a string carries the control
// characters XML cannot, and why a literal `_x0041_` must have its underscore written as `_x005F_`.
const NEEDS_CODE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const NEEDS_CODE_ALL = new RegExp(NEEDS_CODE.source, 'g');

/**
 * Encodes control characters and literal `_xHHHH_` runs the way Excel decodes them, then escapes markup.
 * @example encodeCellString('Tila\u0007 _x0041_ <ok>') //=> 'Tila_x0007_ _x005F_x0041_ &lt;ok&gt;'
 */
export function encodeCellString(text: string): string {
  const coded = NEEDS_CODE.test(text)
    ? text.replace(NEEDS_CODE_ALL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    : text;
  return escapeXml(coded);
}
