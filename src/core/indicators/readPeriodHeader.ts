/** Reads a column header that names a period of an indicator's values: a year, a quarter, or months of a year. */
import { foldHeaderWords } from '../actions/foldHeaderWords';
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { indicatorVocabulary } from './indicatorVocabulary';

export interface PeriodHeader {
  /** The header as written, e.g. "Q1/2024". */
  label: string;
  /** Sorts periods in time: year, then the last month, then the first. */
  key: number;
}

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A two-digit year is this century's ("1-3/24"). */
function fullYear(text: string): number | null {
  const n = Number(text);
  if (!Number.isInteger(n)) return null;
  if (text.length === 2) return 2000 + n;
  return n >= 1900 && n <= 2099 ? n : null;
}

function periodKey(year: number | null, fromMonth: number, toMonth: number): number | null {
  if (year === null || fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) return null;
  return year * 10_000 + toMonth * 100 + fromMonth;
}

function quarterKey(year: number | null, quarter: number): number | null {
  return quarter >= 1 && quarter <= 4 ? periodKey(year, quarter * 3 - 2, quarter * 3) : null;
}

const YEAR = '(\\d{4}|\\d{2})';

/** The words after any prefix, joined by single spaces; separators other than / and - dropped. */
function periodKeyOf(words: readonly string[]): number | null {
  const { quarterWords } = indicatorVocabulary();
  const text = words.join(' ');
  let m = /^(\d{4})$/.exec(text);
  if (m) return periodKey(fullYear(m[1] ?? ''), 1, 12);
  m = new RegExp(`^q ?([1-4]) ${YEAR}$`).exec(text) ?? new RegExp(`^${YEAR} q ?([1-4])$`).exec(text);
  if (m) return text.startsWith('q') ? quarterKey(fullYear(m[2] ?? ''), Number(m[1])) : quarterKey(fullYear(m[1] ?? ''), Number(m[2]));
  m = new RegExp(`^(\\d{1,2}) (\\d{1,2}) ${YEAR}$`).exec(text);
  if (m) return periodKey(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]));
  m = new RegExp(`^(i|ii|iii|iv) ${YEAR}$`).exec(text);
  if (m) return quarterKey(fullYear(m[2] ?? ''), ROMAN_QUARTERS[m[1] ?? ''] ?? 0);
  const [a, b, c] = words;
  if (words.length === 3 && a !== undefined && b !== undefined && c !== undefined) {
    // "1. neljännes 2024" and "Kvartal 1 2024".
    if (quarterWords.has(b) && /^[1-4]$/.test(a)) return quarterKey(fullYear(c), Number(a));
    if (quarterWords.has(a) && /^[1-4]$/.test(b)) return quarterKey(fullYear(c), Number(b));
  }
  return null;
}

/**
 * The period a header names, or null: `2024`, `Vuosi 2019`, `Q1/2024`, `2024 Q1`, `1-3/2024`, `I/2024`,
 * `1. neljännes 2024`, `Kvartal 1 2024`, `1-6/2024`, `Toteuma 1-6/2023`. A year typed as a number counts.
 * @example readPeriodHeader('Toteuma 1-6/2023') //=> { label: 'Toteuma 1-6/2023', key: 20230601 }
 * @example readPeriodHeader('Tavoitetaso 2024') //=> null
 */
export function readPeriodHeader(value: CellValue | undefined): PeriodHeader | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1900 && value <= 2099 ? { label: String(value), key: value * 10_000 + 1201 } : null;
  }
  if (typeof value !== 'string' || value.length > 40) return null;
  const label = cellText(value);
  const words = foldHeaderWords(label);
  const { periodPrefixes } = indicatorVocabulary();
  let start = 0;
  while (start < words.length - 1 && periodPrefixes.has(words[start] ?? '')) start += 1;
  const key = periodKeyOf(words.slice(start));
  return key === null ? null : { label, key };
}
