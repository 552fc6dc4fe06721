import { problemsWorkbook } from '../../../fixtures/problems';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { OVERDUE_FLAG } from '../palette';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planOverdueListSheet } from './planOverdueListSheet';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const fi = getLocale('fi');
const a = summarizeReport(buildReport(problemsWorkbook(), opts), 'a/Tyohyvinvointi.xlsx');
const b = summarizeReport(buildReport(problemsWorkbook(), opts), 'b/Tyohyvinvointi.xlsx');

describe('planOverdueListSheet', () => {
  const plan = planOverdueListSheet(consolidate([a, b], opts), fi);

  it('lists every overdue action of every unit with its file, sheet, cell, owner and end date', () => {
    expect(a.overdueActions.length).toBeGreaterThan(0);
    expect(plan.values[3]).toEqual([
      fi.consolidate.fileColumn,
      fi.consolidate.unitColumn,
      fi.consolidate.sheetColumn,
      fi.consolidate.cellColumn,
      fi.consolidate.actionColumn,
      fi.consolidate.ownerColumn,
      fi.consolidate.scheduleEndColumn,
    ]);
    const expected = [...a.overdueActions, ...b.overdueActions].map((x) => [
      x.file,
      'Tyohyvinvointi',
      x.sheet,
      x.cell,
      x.action,
      x.owner,
      isoToExcelSerial(x.schedule?.end ?? ''),
    ]);
    expect(plan.values.slice(4)).toEqual(expected);
  });

  it('flags the end dates red as the summary sheet does', () => {
    expect(plan.formats).toContainEqual(
      expect.objectContaining({ range: `G5:G${plan.values.length}`, fill: OVERDUE_FLAG.fill, numberFormat: 'd.m.yyyy' }),
    );
  });

  it('says so when no unit has an overdue action', () => {
    const none = planOverdueListSheet(consolidate([failedWorkbook('x.xlsx', 'rikki')], opts), fi);
    expect(none.values[4]?.[0]).toBe(fi.consolidate.noOverdue);
  });
});
