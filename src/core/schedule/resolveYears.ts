/** Settles the year of a season or month written without one. */
import { pendingRange } from './pendingRange';
import type { Pending, Point } from './schedulePoint';

/**
 * The points with every season or month written without a year given the year of the next dated point,
 * else of the previous one ("kevät - syksy 2024": spring of 2024). Null when one has no dated point to
 * borrow from, or its dates cannot be.
 * @example resolveYears([{ season: 'spring' }, { start: '2024-09-01', end: '2024-12-31', year: 2024, span: false }])?.[0]
 * //=> { start: '2024-01-01', end: '2024-05-31', year: 2024, span: false }
 */
export function resolveYears(points: readonly (Point | Pending)[]): Point[] | null {
  const out: Point[] = [];
  for (let k = 0; k < points.length; k++) {
    const p = points[k];
    if (p === undefined) continue;
    if ('start' in p) {
      out.push(p);
      continue;
    }
    const later = points.slice(k + 1).find((q): q is Point => 'start' in q);
    const earlier = [...points.slice(0, k)].reverse().find((q): q is Point => 'start' in q);
    const year = later?.year ?? earlier?.year;
    if (year === undefined) return null;
    const r = pendingRange(p, year);
    if (r === null) return null;
    out.push({ ...r, year, span: false });
  }
  return out;
}
