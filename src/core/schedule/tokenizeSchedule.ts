/** Cuts a schedule cell's text into dates, years, words and the signs between them. */
import { foldText } from '../text/foldText';
import { isoDate } from './isoDate';
import { SCHEDULE_FOLD } from './scheduleVocabulary';

export type ScheduleToken =
  /** A single day: `1.9.2024`, `2024-09-01`. */
  | { readonly kind: 'day'; readonly iso: string }
  /** A month of a year: `12/2024`, `12/24`. */
  | { readonly kind: 'monthYear'; readonly year: number; readonly month: number }
  /** Months of a year: `9-12/24`. */
  | { readonly kind: 'monthSpan'; readonly year: number; readonly fromMonth: number; readonly toMonth: number }
  /** A four-digit year 1900–2199. */
  | { readonly kind: 'year'; readonly year: number }
  /** Any other number: noise, or a two-digit year after a season ("syksy 23"). */
  | { readonly kind: 'number'; readonly value: number; readonly digits: number }
  /** A word, folded (`SCHEDULE_FOLD`: lower case, ä → a, ö → o, å kept). */
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'dash' }
  | { readonly kind: 'arrow' }
  /** Looks like a date but is none (`31.2.2024`, `13/2024`). */
  | { readonly kind: 'invalid'; readonly text: string };

const twoOrFourDigitYear = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));
const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

type Rule = readonly [RegExp, (m: RegExpExecArray) => ScheduleToken];

// Order matters: longer date forms before the numbers and dashes they are made of.
const RULES: readonly Rule[] = [
  [/(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, (m) => dayToken(Number(m[1]), Number(m[2]), Number(m[3]), m[0])],
  [/(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/y, (m) => dayToken(twoOrFourDigitYear(m[3] ?? ''), Number(m[2]), Number(m[1]), m[0])],
  [
    /(\d{1,2})\.(\d{4})(?!\d)/y,
    (m) => {
      const month = Number(m[1]);
      return isMonth(month) ? { kind: 'monthYear', year: Number(m[2]), month } : { kind: 'invalid', text: m[0] };
    },
  ],
  [
    /(\d{1,2})\s*[-‐‑–—−]\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/y,
    (m) => {
      const [fromMonth, toMonth] = [Number(m[1]), Number(m[2])];
      return isMonth(fromMonth) && isMonth(toMonth)
        ? { kind: 'monthSpan', year: twoOrFourDigitYear(m[3] ?? ''), fromMonth, toMonth }
        : { kind: 'invalid', text: m[0] };
    },
  ],
  [
    /(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/y,
    (m) => {
      const month = Number(m[1]);
      return isMonth(month) ? { kind: 'monthYear', year: twoOrFourDigitYear(m[2] ?? ''), month } : { kind: 'invalid', text: m[0] };
    },
  ],
  [
    /\d+/y,
    (m) => {
      const value = Number(m[0]);
      return m[0].length === 4 && value >= 1900 && value <= 2199
        ? { kind: 'year', year: value }
        : { kind: 'number', value, digits: m[0].length };
    },
  ],
  // A word runs on over combining marks (a Mac's decomposed ä), which the fold composes.
  [/\p{L}[\p{L}\p{M}\d]*/uy, (m) => ({ kind: 'word', word: foldText(m[0], SCHEDULE_FOLD) })],
  [/->|=>|[→⟶➔➜»>]/y, () => ({ kind: 'arrow' })],
  [/[-‐‑–—−]/y, () => ({ kind: 'dash' })],
];

function dayToken(year: number, month: number, day: number, text: string): ScheduleToken {
  const iso = isoDate(year, month, day);
  return iso === null ? { kind: 'invalid', text } : { kind: 'day', iso };
}

/**
 * The tokens of a schedule text in order. Remarks in parentheses are dropped first ("Kevät 2021
 * (2 agenttia)"), since their numbers are counts, not dates. Other characters (commas, dots) separate.
 * @example tokenizeSchedule('9-12/24 mennessä')
 * //=> [{ kind: 'monthSpan', year: 2024, fromMonth: 9, toMonth: 12 }, { kind: 'word', word: 'mennessa' }]
 */
export function tokenizeSchedule(text: string): ScheduleToken[] {
  const source = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  const tokens: ScheduleToken[] = [];
  let at = 0;
  outer: while (at < source.length) {
    for (const [re, make] of RULES) {
      re.lastIndex = at;
      const m = re.exec(source);
      if (m && m[0].length > 0) {
        tokens.push(make(m));
        at = re.lastIndex;
        continue outer;
      }
    }
    at += 1;
  }
  return tokens;
}
