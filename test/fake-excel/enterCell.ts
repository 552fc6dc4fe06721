/** How Excel takes a value written through `range.values` / `range.formulas`: as if typed, so text can turn into a formula or a number. */
import type { FakeCell } from './model';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Applies one written entry to a cell. A leading apostrophe keeps the rest as text (Excel's quote prefix, not part of the
 * value); a cell formatted as text (`@`) keeps any string; otherwise `=…` is a formula, `+…`/`-…`/`@…` that is no number
 * becomes one too (as when typed), and number- or date-looking text becomes a number.
 */
export function enterCell(cell: FakeCell, input: unknown, _mode: 'values' | 'formulas'): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === '') {
    cell.value = '';
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (NUMBER.test(text.trim())) {
    const t = text.trim();
    const n = Number(t.replace('%', ''));
    cell.value = t.endsWith('%') ? n / 100 : n;
    return;
  }
  if (text.startsWith('=')) {
    cell.formula = text;
    cell.value = evaluate(text);
    return;
  }
  if (text.startsWith('+') || text.startsWith('-') || text.startsWith('@')) {
    cell.formula = `=${text.startsWith('@') ? text.slice(1) : text}`;
    cell.value = { error: '#NAME?' };
    return;
  }
  const d = ISO_DATE.exec(text);
  if (d) {
    cell.value = (Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - Date.UTC(1899, 11, 30)) / 86400000;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  cell.value = text;
}

/** The few formulas whose results a test looks at: HYPERLINK shows its text; anything else shows 0. */
function evaluate(formula: string): string | number {
  const link = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (link) return (link[1] ?? '').replace(/""/g, '"');
  return 0;
}
