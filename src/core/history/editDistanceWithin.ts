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
  let previous = new Array<number>(width + 1);
  let current = new Array<number>(width + 1);
  for (let j = 0; j <= width; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(width, i + limit);
    current.fill(over);
    current[0] = i <= limit ? i : over;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? over) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, (previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return null;
    [previous, current] = [current, previous];
  }
  const distance = previous[width] ?? over;
  return distance <= limit ? distance : null;
}
