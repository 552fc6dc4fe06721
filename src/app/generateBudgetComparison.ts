/** "Budjettivertailu": the budget comparison written where budget tables exist. */
import { planSheets, type Report } from '../core';
import { readWorkbookReport } from './readWorkbookReport';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * Writes the budget comparison sheet and activates it; `sheet` is null (and nothing is written) when no budget table was found.
 * @example await generateBudgetComparison(host, settings) //=> { report, sheet: 'Budjettivertailu' }
 */
export async function generateBudgetComparison(
  host: WorkbookHost,
  settings: SeurantaSettings,
): Promise<{ report: Report; sheet: string | null }> {
  const { workbook, report } = await readWorkbookReport(host, settings);
  const plans = planSheets(report, ['budget']);
  if (plans.length === 0) return { report, sheet: null };
  const [sheet = null] = await host.writeSheets(plans, { read: workbook, activate: true });
  return { report, sheet };
}
