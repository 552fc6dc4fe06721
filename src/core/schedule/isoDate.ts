/** Builds an ISO calendar date from its parts, refusing days that do not exist. */

/**
 * The ISO date `YYYY-MM-DD` for a year, month (1–12) and day, or null when there is no such day
 * (31 February, month 13) or the year does not fit four digits.
 * @example isoDate(2024, 2, 29) //=> '2024-02-29'
 * @example isoDate(2023, 2, 29) //=> null
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
