import { buildReport } from '../buildReport';
import { firstQuarterWorkbook, FIRST_QUARTER } from '../../../fixtures/twoQuarters';
import { snapshotOfReport } from './snapshotOfReport';
import { itemsOfSnapshot } from './itemsOfSnapshot';

describe('snapshotOfReport', () => {
  it('keeps per item its sheet, row, action, status and overdue, and the report’s counts', () => {
    const report = buildReport(firstQuarterWorkbook(), { asOf: '2024-06-30', lang: 'fi' });
    const snapshot = snapshotOfReport(report);
    expect(snapshot.total).toBe(8);
    expect(snapshot.byStatus).toEqual(report.totals.byStatus);
    expect(itemsOfSnapshot(snapshot).items.find((i) => i.action.startsWith('Sähköisen'))).toEqual({
      key: '',
      sheet: 'Hyvinvointi',
      row: 7,
      number: null,
      action: 'Sähköisen ajanvarauksen käyttöönotto',
      status: 'in_progress',
      overdue: true,
    });
    const march = snapshotOfReport(buildReport(firstQuarterWorkbook(), { asOf: FIRST_QUARTER, lang: 'fi' }));
    expect(march.actions.overdue.some((overdue) => overdue === 1)).toBe(false);
    expect(march.actions.texts).toHaveLength(8);
  });
});
