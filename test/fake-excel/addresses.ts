/** A1 addresses the way the fake host reads and prints them, whole rows and columns included. */
import { columnLetter } from '../../src/core/a1/columnLetter';
import { columnNumber } from '../../src/core/a1/columnNumber';
import type { CellRange } from '../../src/core/a1/parseRange';
import { rangeAddress } from '../../src/core/a1/rangeAddress';
import { MAX_COLS, MAX_ROWS } from './model';

/** Reads `B3`, `B3:F20`, `AZ:AZ`, `1:3`, with or without a sheet prefix; null when it is no address. */
export function parseAddress(text: string): CellRange | null {
  const bang = text.lastIndexOf('!');
  const ref = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (m && m[1] && m[2]) {
    const r1 = Number(m[2]);
    const r2 = m[4] ? Number(m[4]) : r1;
    const c1 = columnNumber(m[1]);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    return valid({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref);
  if (m && m[1] && m[2]) {
    const c1 = columnNumber(m[1]);
    const c2 = columnNumber(m[2]);
    return valid({ top: 1, bottom: MAX_ROWS, left: Math.min(c1, c2), right: Math.max(c1, c2) });
  }
  m = /^(\d+):(\d+)$/.exec(ref);
  if (m && m[1] && m[2]) {
    const r1 = Number(m[1]);
    const r2 = Number(m[2]);
    return valid({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 1, right: MAX_COLS });
  }
  return null;
}

function valid(r: CellRange): CellRange | null {
  return r.top >= 1 && r.bottom <= MAX_ROWS && r.left >= 1 && r.right <= MAX_COLS ? r : null;
}

/** Prints a range as Excel does: whole columns as `AZ:AZ`, whole rows as `1:3`. */
export function printAddress(r: CellRange): string {
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${columnLetter(r.left)}:${columnLetter(r.right)}`;
  if (r.left === 1 && r.right === MAX_COLS) return `${r.top}:${r.bottom}`;
  return rangeAddress(r);
}

/** A sheet name as Excel prefixes it in `address`: quoted only when it has to be. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && parseAddress(name) === null;
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
