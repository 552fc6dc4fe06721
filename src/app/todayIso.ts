/** Today's date as the user sees it, the default as-of date. */

/**
 * The local calendar date as ISO `YYYY-MM-DD` (not UTC: just after midnight in Helsinki it is already tomorrow there).
 * @example todayIso(new Date(2024, 5, 30, 0, 30)) //=> '2024-06-30'
 */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
