/** Today as the user's calendar shows it, not UTC's (a manager in Helsinki at 01:30 is already on the next day). */

/**
 * The local calendar date of a moment as `YYYY-MM-DD`.
 * @example localIsoDate(new Date(2024, 5, 30, 23, 59)) //=> '2024-06-30'
 */
export function localIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
