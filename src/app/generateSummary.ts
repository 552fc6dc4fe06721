/** "Luo yhteenveto": the summary sheet written and brought to the front. */
import { planSheets, type Report } from '../core';
import { readReport } from './readReport';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * Reads the workbook, writes the summary sheet (replacing the tool's earlier one) and activates it.
 * @example await generateSummary(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { report, sheet: 'Yhteenveto' }
 */
export async function generateSummary(host: WorkbookHost, settings: SeurantaSettings): Promise<{ report: Report; sheet: string }> {
  const report = await readReport(host, settings);
  const [sheet] = await host.writeSheets(planSheets(report, ['summary']));
  if (sheet === undefined) throw new Error('planSheets gave no summary plan');
  await host.activateSheet(sheet);
  return { report, sheet };
}
