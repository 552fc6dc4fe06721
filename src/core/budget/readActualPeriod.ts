/** Reads the months that partial-year actuals cover from their header ("Toteuma 1-6/2023", "Toteuma 30.6.2023"). */

export interface ActualPeriod {
  fromMonth: number;
  toMonth: number;
  year: number | null;
}

const MONTH_RANGE = /(?:^|[^\d.])(\d{1,2})\s*[-\u2013\u2212]\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/;
/** "Toteuma 30.6.2023": actuals up to a date, from the start of its year. */
const AS_OF_DATE = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;
/** "Toteuma Q2/2023", "Q3 2023": the quarters so far. */
const QUARTER = /\bq([1-4])\s*[/ ]\s*(\d{4}|\d{2})(?!\d)/i;

const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

/**
 * The period written as `m-m/yyyy` (or `m-m/yy`), as an as-of date `d.m.yyyy` (from January to the last full
 * month), or as a quarter `Q2/2023` (January to its end) in a header. Null when there is none, the months
 * make no sense, or it is the whole year: a full year needs no pace check.
 * @example readActualPeriod('Toteuma Utfall 1-6/2023') //=> { fromMonth: 1, toMonth: 6, year: 2023 }
 * @example readActualPeriod('Toteuma 30.6.2023') //=> { fromMonth: 1, toMonth: 6, year: 2023 }
 */
export function readActualPeriod(header: string): ActualPeriod | null {
  let period: ActualPeriod | null = null;
  const range = MONTH_RANGE.exec(header);
  const date = AS_OF_DATE.exec(header);
  const quarter = QUARTER.exec(header);
  if (range) {
    period = { fromMonth: Number(range[1]), toMonth: Number(range[2]), year: fullYear(Number(range[3])) };
  } else if (date) {
    const day = Number(date[1]);
    const month = Number(date[2]);
    const year = Number(date[3]);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || month < 1 || month > 12 || day > lastDay) return null;
    // Up to the 30th of June covers June; up to the 15th covers May in full and half of June: count full months.
    period = { fromMonth: 1, toMonth: day === lastDay ? month : month - 1, year };
  } else if (quarter) {
    period = { fromMonth: 1, toMonth: Number(quarter[1]) * 3, year: fullYear(Number(quarter[2])) };
  }
  if (!period) return null;
  const { fromMonth, toMonth } = period;
  if (fromMonth < 1 || toMonth > 12 || toMonth < 1 || fromMonth > toMonth) return null;
  if (fromMonth === 1 && toMonth === 12) return null;
  return period;
}
