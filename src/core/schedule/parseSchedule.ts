/** Reads a schedule cell (Aikataulu / Tidtabell) into the dates it stands for. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { isCellError } from '../isCellError';
import { memoize } from '../memo/memoize';
import { excelSerialToIso } from './excelSerialToIso';
import { isoDate } from './isoDate';
import { matchScheduleWord } from './matchScheduleWord';
import { monthRange, type DateRange } from './monthRange';
import { seasonRange, type Season } from './seasonRange';
import { tokenizeSchedule, type ScheduleToken } from './tokenizeSchedule';
import { yearRange } from './yearRange';

export interface ParsedSchedule {
  /** The cell as the user sees it (a real date as its ISO date). */
  text: string;
  start: string | null;
  end: string | null;
  /** False when the cell holds something that is not a schedule: nothing to judge overdue by. */
  readable: boolean;
}

/** A date span the text names, with the year it was written with (for a season that borrows it). */
interface Point extends DateRange {
  readonly year: number;
  /** The point itself is a range of several units (`9-12/24`), so a deadline keeps its start. */
  readonly span: boolean;
}

/** A season or month written without a year ("kevät - syksy 2024"): it takes a neighbour's year. */
type Pending = { readonly season: Season } | { readonly month: number };

const YEAR_MIN = 1900;
const YEAR_MAX = 2199;

/**
 * Reads a schedule cell. Forms (Finnish and Swedish, mixed freely; words from the locales'
 * `scheduleWords`):
 * - a year `2021` (1 Jan–31 Dec), a season `Kevät 2021` / `hösten 2024` (see `seasonRange`: spring
 *   1 Jan–31 May, summer 1 Jun–31 Aug, autumn 1 Sep–31 Dec), a month `syyskuu 2021`, `syyskuussa 2021`,
 *   `12/2024`, months `9-12/24` (1 Sep–31 Dec 2024), a day `1.9.2024` or `2024-09-01`;
 * - two of those with anything between them: the first gives the start, the last the end
 *   (`Syksy 2020 - kevät 2021`, `Syksy 2020 alkaen — 2024`, `1.9.2024 - 31.12.2024`);
 * - an open end: an arrow (`2021 →`, `2020 >`), a trailing dash (`2020 -`), an open-end word
 *   (`2021 alkaen`, `från 2021`) or an ongoing word after the last date (`2020-2024, jatkuvaa`) → end null;
 * - a deadline (`mennessä`, `senast`): the end is the date's end; the start is null unless the text
 *   names a range (`9-12/24 mennessä` keeps 1 Sep);
 * - a done word (`tehty`) or an ongoing word alone (`jatkuvaa`): readable, no dates;
 * - real dates: a `Date` (ExcelJS) or a serial number (Office.js) is that one day; a whole number
 *   1900–2199 is a year typed as a number, not a serial.
 * Remarks around the dates are ignored (`Kevät 2021 (2 agenttia), 1-2 lisää myöhemmin`). Anything with
 * no date and no done/ongoing word, or with an impossible date (`31.2.2024`), is unreadable.
 * The end may come before the start: the validator reports that rather than the parser hiding it.
 * @example parseSchedule('Syksy 2020 - kevät 2021')
 * //=> { text: 'Syksy 2020 - kevät 2021', start: '2020-09-01', end: '2021-05-31', readable: true }
 * @example parseSchedule('9-12/24 mennessä') //=> { text: '9-12/24 mennessä', start: '2024-09-01', end: '2024-12-31', readable: true }
 * @example parseSchedule('2021 →') //=> { text: '2021 →', start: '2021-01-01', end: null, readable: true }
 */
export function parseSchedule(value: CellValue | undefined): ParsedSchedule {
  if (value === null || value === undefined) return { text: '', start: null, end: null, readable: true };
  if (typeof value === 'boolean' || isCellError(value)) return unreadable(cellText(value));
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime())
      ? null
      : isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return iso === null ? unreadable('') : { text: iso, start: iso, end: iso, readable: true };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) return parseTextOnce(String(value));
    const iso = excelSerialToIso(value);
    return iso === null ? unreadable(cellText(value)) : { text: iso, start: iso, end: iso, readable: true };
  }
  return parseTextOnce(cellText(value));
}

/**
 * A follow-up repeats the same few schedules ("2021 →") on thousands of rows, and the reader and the
 * validator both ask. Results are frozen, so sharing them is safe.
 */
const parseTextOnce = memoize((text: string): ParsedSchedule => Object.freeze(parseText(text)), 10_000);

function unreadable(text: string): ParsedSchedule {
  return { text, start: null, end: null, readable: false };
}

/** Tokens that end a date, so a dash after one may mean "onwards". */
const DATE_KINDS = new Set<ScheduleToken['kind']>(['day', 'monthYear', 'monthSpan', 'year']);

function parseText(text: string): ParsedSchedule {
  if (text === '') return { text, start: null, end: null, readable: true };
  const tokens = tokenizeSchedule(text);
  const words = tokens.map((t) => (t.kind === 'word' ? t.word : null));
  const points: (Point | Pending)[] = [];
  /** Positions (number of dates seen so far) where something opened the end. */
  const openAt: number[] = [];
  let ongoing = false;
  let deadline = false;
  let done = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    switch (t.kind) {
      case 'invalid':
        return unreadable(text);
      case 'day':
        points.push({ start: t.iso, end: t.iso, year: Number(t.iso.slice(0, 4)), span: false });
        break;
      case 'monthYear': {
        const r = monthRange(t.year, t.month);
        if (r === null) return unreadable(text);
        points.push({ ...r, year: t.year, span: false });
        break;
      }
      case 'monthSpan': {
        // "11-2/25" crosses the new year: November is the year before.
        const from = monthRange(t.fromMonth > t.toMonth ? t.year - 1 : t.year, t.fromMonth);
        const to = monthRange(t.year, t.toMonth);
        if (from === null || to === null) return unreadable(text);
        points.push({ start: from.start, end: to.end, year: t.year, span: t.fromMonth !== t.toMonth });
        break;
      }
      case 'year': {
        const r = yearRange(t.year);
        if (r === null) return unreadable(text);
        points.push({ ...r, year: t.year, span: false });
        break;
      }
      case 'number':
        break;
      case 'arrow':
        openAt.push(points.length);
        break;
      case 'dash': {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        // "2020 -" is open, "2020 - 2024" a range; a number after the dash ("1-2 lisää") is no opener either.
        const prevIsDate = prev !== undefined && DATE_KINDS.has(prev.kind);
        const nextIsDate =
          next !== undefined &&
          (DATE_KINDS.has(next.kind) || next.kind === 'number' || (next.kind === 'word' && isDateWord(words, i + 1)));
        if (prevIsDate && !nextIsDate) openAt.push(points.length);
        break;
      }
      case 'word': {
        const match = matchScheduleWord(words, i);
        if (match === null) break;
        i += match.length - 1;
        const { meaning } = match;
        if (meaning.kind === 'season' || meaning.kind === 'month') {
          const pending: Pending =
            meaning.kind === 'season' ? { season: meaning.season } : { month: meaning.month };
          const next = tokens[i + 1];
          const year =
            next?.kind === 'year' ? next.year : next?.kind === 'number' && next.digits === 2 ? 2000 + next.value : null;
          if (year === null) {
            points.push(pending);
          } else {
            const r = rangeOf(pending, year);
            if (r === null) return unreadable(text);
            points.push({ ...r, year, span: false });
            i += 1;
          }
        } else if (meaning.kind === 'openEnd') {
          openAt.push(points.length);
        } else if (meaning.kind === 'ongoing') {
          ongoing = true;
          openAt.push(points.length);
        } else if (meaning.kind === 'deadline') {
          deadline = true;
        } else {
          done = true;
        }
        break;
      }
    }
  }

  const resolved = resolveYears(points);
  if (resolved === null) return unreadable(text);
  const first = resolved[0];
  const last = resolved[resolved.length - 1];
  if (first === undefined || last === undefined) {
    return done || ongoing ? { text, start: null, end: null, readable: true } : unreadable(text);
  }
  if (deadline) {
    const ranged = resolved.length > 1 || first.span;
    return { text, start: ranged ? first.start : null, end: last.end, readable: true };
  }
  // An opener after the last date, or beside a lone date, opens the end; one between two dates does not
  // ("Syksy 2020 alkaen — 2024" ends in 2024).
  const open = openAt.some((p) => p >= resolved.length) || (resolved.length === 1 && openAt.length > 0);
  return { text, start: first.start, end: open ? null : last.end, readable: true };
}

function isDateWord(words: readonly (string | null)[], at: number): boolean {
  const kind = matchScheduleWord(words, at)?.meaning.kind;
  return kind === 'season' || kind === 'month';
}

function rangeOf(pending: Pending, year: number): DateRange | null {
  return 'season' in pending ? seasonRange(pending.season, year) : monthRange(year, pending.month);
}

/** Gives each season or month written without a year the year of the next dated point, else of the previous one. */
function resolveYears(points: readonly (Point | Pending)[]): Point[] | null {
  const out: Point[] = [];
  for (let k = 0; k < points.length; k++) {
    const p = points[k];
    if (p === undefined) continue;
    if ('start' in p) {
      out.push(p);
      continue;
    }
    const later = points.slice(k + 1).find((q): q is Point => 'start' in q);
    const earlier = [...points.slice(0, k)].reverse().find((q): q is Point => 'start' in q);
    const year = later?.year ?? earlier?.year;
    if (year === undefined) return null;
    const r = rangeOf(p, year);
    if (r === null) return null;
    out.push({ ...r, year, span: false });
  }
  return out;
}
