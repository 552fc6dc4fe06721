/** A1 range text to its corners. */
import { columnNumber } from './columnNumber';

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Reads an A1 cell or range (dollar signs and a sheet prefix allowed) into 1-based corners,
 * or returns null when the text is not an A1 reference.
 * @example parseRange("'Tiedolla johtaminen'!$B$3:F20") //=> { top: 3, left: 2, bottom: 20, right: 6 }
 */
export function parseRange(a1: string): CellRange | null {
  // The core's own addresses ("D7") come here for every item: read without the regex and its strings.
  const plain = plainCell(a1);
  if (plain !== null) return plain;
  const bang = a1.lastIndexOf('!');
  const ref = (bang >= 0 ? a1.slice(bang + 1) : a1).replace(/\$/g, '').trim();
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(ref);
  if (!m || !m[1] || !m[2]) return null;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  if (r1 < 1 || r2 < 1) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * A plain address as the core writes them (one to three capitals, then the row), or null for anything
 * else, which the regex above reads.
 */
function plainCell(a1: string): CellRange | null {
  let i = 0;
  let col = 0;
  for (; i < a1.length && i < 3; i++) {
    const c = a1.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === a1.length) return null;
  let row = 0;
  for (let j = i; j < a1.length; j++) {
    const d = a1.charCodeAt(j) - 48;
    if (d < 0 || d > 9 || j - i >= 9) return null;
    row = row * 10 + d;
  }
  return row < 1 ? null : { top: row, left: col, bottom: row, right: col };
}
