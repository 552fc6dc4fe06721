/** The row of a file that could not be read: its reason, and zeros that add nothing to the totals. */
import { countStatuses } from '../countStatuses';
import type { WorkbookSummary } from '../schema/consolidation';
import { unitNameOf } from './unitNameOf';

/**
 * A bad file never stops the consolidation: it gets a row of its own saying why, in the user's language.
 * @example failedWorkbook('Kotihoito.xlsx', "Työkirja 'Kotihoito.xlsx' on suojattu salasanalla …").ok //=> false
 */
export function failedWorkbook(file: string, reason: string): WorkbookSummary {
  return {
    file,
    unit: unitNameOf(file),
    ok: false,
    reason,
    totals: { total: 0, byStatus: countStatuses([]) },
    overdue: 0,
    issues: { error: 0, warning: 0, info: 0 },
    budget: null,
    overdueActions: [],
    issueList: [],
  };
}
