/** Reads a schedule's tokens into what they say: the dates in order, and the words that open, close or end it. */
import { matchScheduleWord } from './matchScheduleWord';
import { monthRange } from './monthRange';
import { pendingRange } from './pendingRange';
import type { Pending, Point } from './schedulePoint';
import type { ScheduleToken } from './tokenizeSchedule';
import { yearRange } from './yearRange';

export interface ScheduleReading {
  /** The dates in the order written. */
  readonly points: readonly (Point | Pending)[];
  /** How many dates came before each arrow, trailing dash or open-end word. */
  readonly openAt: readonly number[];
  /** An ongoing word ("jatkuvaa"), a deadline word ("mennessä"), a done word ("tehty"). */
  readonly ongoing: boolean;
  readonly deadline: boolean;
  readonly done: boolean;
}

type Reading = { -readonly [K in keyof ScheduleReading]: ScheduleReading[K] } & { points: (Point | Pending)[]; openAt: number[] };

/** Tokens that end a date, so a dash after one may mean "onwards". */
const DATE_KINDS = new Set<ScheduleToken['kind']>(['day', 'monthYear', 'monthSpan', 'year']);

/**
 * What the tokens say, or null when one of them is a date that cannot be (`31.2.2024`, `13/2024`).
 * Numbers that are no date ("2 agenttia") and words that are no schedule word are passed over; a season
 * or month is read with the year right after it ("syksy 23"), else left pending for `resolveYears`.
 * @example readScheduleTokens(tokenizeSchedule('Syksy 2020 alkaen — 2024'))
 * //=> { points: [{ start: '2020-09-01', end: '2020-12-31', year: 2020, span: false }, { start: '2024-01-01', end: '2024-12-31', year: 2024, span: false }], openAt: [1], ongoing: false, deadline: false, done: false }
 */
export function readScheduleTokens(tokens: readonly ScheduleToken[]): ScheduleReading | null {
  const words = tokens.map((t) => (t.kind === 'word' ? t.word : null));
  const reading: Reading = { points: [], openAt: [], ongoing: false, deadline: false, done: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'number') continue;
    if (t.kind === 'invalid') return null;
    if (t.kind === 'arrow' || (t.kind === 'dash' && dashOpensEnd(tokens, words, i))) {
      reading.openAt.push(reading.points.length);
    } else if (t.kind === 'word') {
      const read = readWord(tokens, words, i, reading);
      if (read === null) return null;
      i += read - 1;
    } else if (t.kind !== 'dash') {
      const point = pointOf(t);
      if (point === null) return null;
      reading.points.push(point);
    }
  }
  return reading;
}

/** The span a date token names; null for one that cannot be. "11-2/25" crosses the new year: November is the year before. */
function pointOf(t: Extract<ScheduleToken, { kind: 'day' | 'monthYear' | 'monthSpan' | 'year' }>): Point | null {
  switch (t.kind) {
    case 'day':
      return { start: t.iso, end: t.iso, year: Number(t.iso.slice(0, 4)), span: false };
    case 'monthYear': {
      const r = monthRange(t.year, t.month);
      return r && { ...r, year: t.year, span: false };
    }
    case 'monthSpan': {
      const from = monthRange(t.fromMonth > t.toMonth ? t.year - 1 : t.year, t.fromMonth);
      const to = monthRange(t.year, t.toMonth);
      return from && to && { start: from.start, end: to.end, year: t.year, span: t.fromMonth !== t.toMonth };
    }
    case 'year': {
      const r = yearRange(t.year);
      return r && { ...r, year: t.year, span: false };
    }
  }
}

/**
 * A dash right after a date opens the end ("2020 -") unless a date follows it ("2020 - 2024" is a
 * range); a number after it ("1-2 lisää") is no date but is no opener either.
 */
function dashOpensEnd(tokens: readonly ScheduleToken[], words: readonly (string | null)[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prevIsDate = prev !== undefined && DATE_KINDS.has(prev.kind);
  const nextIsDate =
    next !== undefined && (DATE_KINDS.has(next.kind) || next.kind === 'number' || (next.kind === 'word' && isDateWord(words, i + 1)));
  return prevIsDate && !nextIsDate;
}

function isDateWord(words: readonly (string | null)[], at: number): boolean {
  const kind = matchScheduleWord(words, at)?.meaning.kind;
  return kind === 'season' || kind === 'month';
}

/**
 * Reads the schedule word at `i` into `reading`; gives how many tokens it took (a season with its year
 * takes one more), or null for a season or month with a year that cannot be.
 */
function readWord(tokens: readonly ScheduleToken[], words: readonly (string | null)[], i: number, reading: Reading): number | null {
  const match = matchScheduleWord(words, i);
  if (match === null) return 1;
  const { meaning } = match;
  if (meaning.kind === 'season' || meaning.kind === 'month') {
    const pending: Pending = meaning.kind === 'season' ? { season: meaning.season } : { month: meaning.month };
    const next = tokens[i + match.length];
    const year = next?.kind === 'year' ? next.year : next?.kind === 'number' && next.digits === 2 ? 2000 + next.value : null;
    if (year === null) {
      reading.points.push(pending);
      return match.length;
    }
    const r = pendingRange(pending, year);
    if (r === null) return null;
    reading.points.push({ ...r, year, span: false });
    return match.length + 1;
  }
  if (meaning.kind === 'openEnd' || meaning.kind === 'ongoing') reading.openAt.push(reading.points.length);
  if (meaning.kind === 'ongoing') reading.ongoing = true;
  else if (meaning.kind === 'deadline') reading.deadline = true;
  else if (meaning.kind === 'done') reading.done = true;
  return match.length;
}
