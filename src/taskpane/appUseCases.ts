/** The pane's use cases over the core (interim: to be replaced by src/app's use cases when they land). */
import { buildReport, planSheets, planStatusColouring, type SheetKind } from '../core';
import type { SeurantaSettings, WorkbookHost } from '../app/workbookHost';
import { localIsoDate } from './localIsoDate';
import type { PaneUseCases } from './paneUseCases';

async function report(host: WorkbookHost, settings: SeurantaSettings) {
  const workbook = await host.readWorkbook();
  return buildReport(workbook, { asOf: settings.asOf ?? localIsoDate(new Date()), lang: settings.lang, skipSheets: settings.skipSheets });
}

async function write(host: WorkbookHost, settings: SeurantaSettings, kind: SheetKind) {
  const r = await report(host, settings);
  const plans = planSheets(r, [kind]);
  if (plans.length === 0) return { report: r, sheet: null };
  const names = await host.writeSheets(plans);
  const sheet = names[0] ?? null;
  if (sheet !== null) await host.activateSheet(sheet);
  return { report: r, sheet };
}

export const appUseCases: PaneUseCases = {
  validate: report,
  summary: async (host, settings) => {
    const { report: r, sheet } = await write(host, settings, 'summary');
    return { report: r, sheet: sheet ?? '' };
  },
  budget: (host, settings) => write(host, settings, 'budget'),
  colours: async (host, settings) => {
    const colouring = planStatusColouring(await report(host, settings));
    const result = await host.toggleStatusColouring(colouring);
    return { result, columns: colouring.length };
  },
};
