/** Reads the months that partial-year actuals cover from their header ("Toteuma 1-6/2023"). */

export interface ActualPeriod {
  fromMonth: number;
  toMonth: number;
  year: number | null;
}

/**
 * The period written as `m-m/yyyy` (or `m-m/yy`) in a header, or null when there is none, the months
 * make no sense, or it is the whole year (1-12): a full year needs no pace check.
 * @example readActualPeriod('Toteuma Utfall 1-6/2023') //=> { fromMonth: 1, toMonth: 6, year: 2023 }
 */
export function readActualPeriod(header: string): ActualPeriod | null {
  const m = /(?:^|[^\d])(\d{1,2})\s*[-\u2013\u2212]\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/.exec(header);
  if (!m) return null;
  const fromMonth = Number(m[1]);
  const toMonth = Number(m[2]);
  const y = Number(m[3]);
  if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) return null;
  if (fromMonth === 1 && toMonth === 12) return null;
  return { fromMonth, toMonth, year: y < 100 ? 2000 + y : y };
}
