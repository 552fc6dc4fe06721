import { problemsWorkbook } from '../../../fixtures/problems';
import { buildReport } from '../buildReport';
import { indicatorCountsOf } from './indicatorCountsOf';

const report = buildReport(problemsWorkbook(), { asOf: '2022-06-30', lang: 'fi' });

describe('indicatorCountsOf', () => {
  it('has none for a report without indicators', () => {
    expect(indicatorCountsOf(report)).toBeNull();
  });

  it('takes the verdict counts a report with indicators carries, and nothing that is not a count', () => {
    const withIndicators = { ...report, totals: { ...report.totals, indicators: { met: 3, notMet: 1, note: 'x', broken: -1 } } };
    expect(indicatorCountsOf(withIndicators)).toEqual({ met: 3, notMet: 1 });
  });
});
