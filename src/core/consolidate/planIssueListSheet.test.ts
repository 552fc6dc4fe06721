import { problemsWorkbook } from '../../../fixtures/problems';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { OVERDUE_FLAG } from '../palette';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planIssueListSheet } from './planIssueListSheet';
import { summarizeReport } from './summarizeReport';

const sv = getLocale('sv');
const opts = { asOf: '2023-06-30', lang: 'sv' as const };
const unit = summarizeReport(buildReport(problemsWorkbook(), opts), 'Tyohyvinvointi.xlsx');

describe('planIssueListSheet', () => {
  const plan = planIssueListSheet(consolidate([unit], opts), sv);

  it('lists every issue with its file, sheet, cell, severity and message, in the run’s language', () => {
    expect(plan.values.slice(4)).toEqual(
      unit.issueList.map((i) => [i.file, 'Tyohyvinvointi', i.sheet, i.cell, sv.consolidate.severity[i.severity], i.message]),
    );
  });

  it('shows each error’s severity in red, and no other', () => {
    const red = plan.formats.filter((f) => f.fontColor === OVERDUE_FLAG.fill).map((f) => f.range);
    const errorRows = unit.issueList.flatMap((i, n) => (i.severity === 'error' ? [`E${5 + n}`] : []));
    expect(errorRows.length).toBeGreaterThan(0);
    expect(red).toEqual(errorRows);
  });

  it('says so when no unit has an issue', () => {
    const none = planIssueListSheet(consolidate([failedWorkbook('x.xlsx', 'trasig')], opts), sv);
    expect(none.values[4]?.[0]).toBe(sv.consolidate.noIssues);
  });
});
