/** Picks the name for a generated sheet without ever taking a user's sheet's name. */

/**
 * Returns `wanted` when no other sheet has it (names compare case-insensitively, as Excel does),
 * else `wanted (2)`, `wanted (3)`, …, kept within Excel's 31 characters.
 * @example uniqueSheetName('Yhteenveto', ['Yhteenveto', 'Talous']) //=> 'Yhteenveto (2)'
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const clean =
    wanted
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Seuranta';
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
