import { problemsWorkbook } from '../../../fixtures/problems';
import { indicatorWorkbook } from '../../../fixtures/indicators';
import { buildReport } from '../buildReport';
import { indicatorCountsOf } from './indicatorCountsOf';

const ctx = { asOf: '2024-06-30', lang: 'fi' } as const;

describe('indicatorCountsOf', () => {
  it('has none for a workbook without indicator tables', () => {
    expect(indicatorCountsOf(buildReport(problemsWorkbook(), ctx))).toBeNull();
  });

  it('takes the verdict counts of a workbook with indicator tables, summing to its indicators', () => {
    const report = buildReport(indicatorWorkbook(), ctx);
    const counts = indicatorCountsOf(report);
    const items = (report.indicatorTables ?? []).flatMap((t) => t.items);
    expect(items.length).toBeGreaterThan(0);
    expect(Object.values(counts ?? {}).reduce((a, b) => a + b, 0)).toBe(items.length);
  });
});
