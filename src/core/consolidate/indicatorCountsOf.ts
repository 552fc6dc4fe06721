/** Indicator verdict counts, for reports that carry indicators (issue 19 adds `totals.indicators`). */
import type { Report } from '../schema/report';

/**
 * The report's `totals.indicators` when it is a record of counts, else null: a report from before
 * indicators has none, and the consolidation then shows no indicator columns.
 * @example indicatorCountsOf({ ...report, totals: { ...report.totals, indicators: { met: 3, notMet: 1 } } }) //=> { met: 3, notMet: 1 }
 */
export function indicatorCountsOf(report: Report): Record<string, number> | null {
  const totals: Record<string, unknown> = report.totals;
  const indicators = totals['indicators'];
  if (typeof indicators !== 'object' || indicators === null) return null;
  const counts: Record<string, number> = {};
  for (const [verdict, count] of Object.entries(indicators)) {
    if (typeof count === 'number' && Number.isInteger(count) && count >= 0) counts[verdict] = count;
  }
  return Object.keys(counts).length === 0 ? null : counts;
}
