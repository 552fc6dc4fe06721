/** Indicator verdict counts, for reports that read indicator tables. */
import type { Report } from '../schema/report';

/**
 * The report's verdict counts when it found at least one indicator table, else null: a workbook without indicators then
 * adds no indicator columns to the consolidation (a unit with none among units that have some shows zeros).
 * @example indicatorCountsOf(buildReport(indicatorWorkbook(), ctx)) //=> { met: 3, not_met: 1, no_data: 0, qualitative: 1, unreadable: 0 }
 */
export function indicatorCountsOf(report: Report): Record<string, number> | null {
  if ((report.indicatorTables ?? []).length === 0) return null;
  return report.totals.indicators ?? null;
}
