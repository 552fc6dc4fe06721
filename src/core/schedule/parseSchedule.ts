/** Reads a schedule cell (Aikataulu / Tidtabell) into the dates it stands for. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { isCellError } from '../isCellError';
import { memoize } from '../memo/memoize';
import { excelSerialToIso } from './excelSerialToIso';
import { isoDate } from './isoDate';
import { readScheduleTokens, type ScheduleReading } from './readScheduleTokens';
import { resolveYears } from './resolveYears';
import type { Point } from './schedulePoint';
import { tokenizeSchedule } from './tokenizeSchedule';

export interface ParsedSchedule {
  /** The cell as the user sees it (a real date as its ISO date). */
  text: string;
  start: string | null;
  end: string | null;
  /** False when the cell holds something that is not a schedule: nothing to judge overdue by. */
  readable: boolean;
}

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
    const iso = Number.isNaN(value.getTime()) ? null : isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
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

/** The text's dates by the rules of `parseSchedule`: tokens read, years settled, then its start and end. */
function parseText(text: string): ParsedSchedule {
  if (text === '') return { text, start: null, end: null, readable: true };
  const reading = readScheduleTokens(tokenizeSchedule(text));
  const points = reading && resolveYears(reading.points);
  if (reading === null || points === null) return unreadable(text);
  return { text, ...datesOf(points, reading) };
}

/**
 * Start and end of the settled points: a deadline ends at its date's end and starts only where the text
 * names a range; an opener after the last date, or beside a lone date, opens the end, while one between
 * two dates does not ("Syksy 2020 alkaen — 2024" ends in 2024); with no date, a done or ongoing word
 * alone is readable and anything else is not.
 */
function datesOf(points: readonly Point[], reading: ScheduleReading): Omit<ParsedSchedule, 'text'> {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return { start: null, end: null, readable: reading.done || reading.ongoing };
  }
  if (reading.deadline) {
    const ranged = points.length > 1 || first.span;
    return { start: ranged ? first.start : null, end: last.end, readable: true };
  }
  const open = reading.openAt.some((p) => p >= points.length) || (points.length === 1 && reading.openAt.length > 0);
  return { start: first.start, end: open ? null : last.end, readable: true };
}
