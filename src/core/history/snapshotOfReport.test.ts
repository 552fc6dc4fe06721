import { buildReport } from '../buildReport';
import { firstQuarterWorkbook, FIRST_QUARTER } from '../../../fixtures/twoQuarters';
import { snapshotOfReport } from './snapshotOfReport';

describe('snapshotOfReport', () => {
  it('keeps per item its sheet, row, action, status and overdue, and the report’s counts', () => {
    const report = buildReport(firstQuarterWorkbook(), { asOf: '2024-06-30', lang: 'fi' });
    const snapshot = snapshotOfReport(report);
    expect(snapshot.total).toBe(8);
    expect(snapshot.byStatus).toEqual(report.totals.byStatus);
    expect(snapshot.items.find((i) => i.action.startsWith('Sähköisen'))).toEqual({
      key: '',
      sheet: 'Hyvinvointi',
      row: 7,
      number: null,
      action: 'Sähköisen ajanvarauksen käyttöönotto',
      status: 'in_progress',
      overdue: true,
    });
    expect(snapshotOfReport(buildReport(firstQuarterWorkbook(), { asOf: FIRST_QUARTER, lang: 'fi' })).items.some((i) => i.overdue)).toBe(
      false,
    );
  });
});
