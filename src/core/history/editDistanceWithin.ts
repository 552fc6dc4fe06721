/** How far apart two texts are in single-character edits, worked out only as far as it matters. */

/**
 * The Levenshtein distance of `a` and `b` when it is at most `limit`, else null. Only a band of `limit`
 * cells either side of the diagonal is computed, so comparing long texts for a light edit stays cheap.
 * @example editDistanceWithin('perhekeskus toiminta', 'perhekeskustoiminta', 2) //=> 1
 * @example editDistanceWithin('kotihoito', 'asiakaspalaute', 3) //=> null
 */
export function editDistanceWithin(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  if (a === b) return 0;
  const width = b.length;
  const over = limit + 1;
  let previous = new Int32Array(width + 2).fill(over);
  let current = new Int32Array(width + 2).fill(over);
  for (let j = 0; j <= Math.min(width, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(width, i + limit);
    // Left of the band is too far; the row's array last held the row before the previous one, so that cell is stale.
    // Right of it nothing was ever written: the band moves one column a row.
    current[from - 1] = i <= limit ? i : over;
    const char = a.charCodeAt(i - 1);
    let best = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return null;
    [previous, current] = [current, previous];
  }
  const distance = previous[width] as number;
  return distance <= limit ? distance : null;
}
