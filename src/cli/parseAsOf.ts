/** Checks a date given on the command line. */

/**
 * The date itself when `text` is a real calendar date written YYYY-MM-DD, else null.
 * @example parseAsOf('2024-02-29') //=> '2024-02-29'
 * @example parseAsOf('2023-02-29') //=> null
 */
export function parseAsOf(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return same ? text.trim() : null;
}
