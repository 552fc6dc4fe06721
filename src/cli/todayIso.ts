/** Today as the user's calendar has it, for a default as-of date. */

/**
 * The local date (not UTC: just after midnight in Helsinki is already tomorrow there) as YYYY-MM-DD.
 * @example todayIso(new Date(2024, 5, 30, 0, 30)) //=> '2024-06-30'
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
