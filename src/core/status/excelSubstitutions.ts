/** Chains of Excel SUBSTITUTE calls, the one way a conditional format without LET can map characters. */
import { excelString } from '../text/excelString';

/**
 * A text as an Excel operand. Control characters by CHAR (the same in every code page below 32); any other character as
 * itself, not by UNICHAR, which a file must spell `_xlfn.UNICHAR` (LibreOffice reads the bare name as #NAME?), so the
 * rule means the same whichever way a host puts it into a workbook.
 */
function excelText(text: string): string {
  const code = text.length === 1 ? text.charCodeAt(0) : -1;
  if (code >= 0 && code < 32) return `CHAR(${code})`;
  return excelString(text);
}

/**
 * Wraps the Excel expression `expr` in one SUBSTITUTE per replacement, the first innermost, so they apply in order.
 * Each call is a level of nesting (Excel allows 64 in all).
 * @example excelSubstitutions('LOWER(E5)', [['ä', 'a'], ['\n', ' ']]) //=> 'SUBSTITUTE(SUBSTITUTE(LOWER(E5),"ä","a"),CHAR(10)," ")'
 */
export function excelSubstitutions(expr: string, replacements: readonly (readonly [string, string])[]): string {
  let wrapped = expr;
  for (const [from, to] of replacements) wrapped = `SUBSTITUTE(${wrapped},${excelText(from)},${excelText(to)})`;
  return wrapped;
}
