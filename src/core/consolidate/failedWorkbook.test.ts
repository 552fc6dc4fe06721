import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { workbookSummarySchema } from '../schema/consolidation';
import { failedWorkbook } from './failedWorkbook';

describe('failedWorkbook', () => {
  it('says why and adds nothing to any total', () => {
    const row = failedWorkbook('Talous_suojattu.xlsx', 'Työkirja on suojattu salasanalla.');
    expect(workbookSummarySchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      ok: false,
      reason: 'Työkirja on suojattu salasanalla.',
      unit: 'Talous suojattu',
      overdue: 0,
      budget: null,
    });
    expect(row.totals.total).toBe(0);
    for (const s of CANONICAL_STATUSES) expect(row.totals.byStatus[s]).toBe(0);
    expect(row.issues).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
