/** One button's work outside React: run the use case, turn its result or its failure into a pane action. */
import type { Report, WorkbookData } from '../core';
import type { SeurantaSettings, WorkbookHost } from '../app/workbookHost';
import { describeFailure } from './describeFailure';
import type { PaneAction, PaneFindings, PaneTask } from './paneTypes';
import type { PaneUseCases } from './paneUseCases';

/**
 * Runs a task and returns what the pane should show: never throws, a failure becomes a notice. `since` picks the earlier
 * summary a new one is compared with (null: the latest earlier one).
 * @example await runPaneTask('summary', host, { lang: 'fi', asOf: null, skipSheets: [] }, useCases)
 * //=> { type: 'succeeded', outcome: { task: 'summary', sheet: 'Yhteenveto', counts: { total: 112, … }, … } }
 */
export async function runPaneTask(
  task: PaneTask,
  host: WorkbookHost,
  settings: SeurantaSettings,
  useCases: PaneUseCases,
  since: string | null = null,
): Promise<PaneAction> {
  // The use cases read the workbook themselves; watching that read tells an empty workbook apart.
  let read: WorkbookData | null = null;
  const watched: WorkbookHost = {
    ...bindAll(host),
    readWorkbook: async () => {
      read = await host.readWorkbook();
      return read;
    },
  };
  try {
    switch (task) {
      case 'validate': {
        const report = await useCases.validate(watched, settings);
        return succeeded({ task, issues: report.issues, counts: report.totals, found: findings(report, read) });
      }
      case 'summary': {
        const { report, sheet } = await useCases.summary(watched, settings, since);
        return succeeded({
          task,
          sheet,
          counts: { ...report.totals, changes: report.changes },
          found: findings(report, read),
          printLayout: host.canSetPageLayout?.() ?? true,
        });
      }
      case 'budget': {
        const { report, sheet } = await useCases.budget(watched, settings);
        return succeeded({ task, sheet, found: findings(report, read), printLayout: host.canSetPageLayout?.() ?? true });
      }
      case 'colours': {
        const { result, columns } = await useCases.colours(watched, settings);
        return succeeded({ task, result, columns });
      }
    }
  } catch (error) {
    return { type: 'failed', notice: describeFailure(error) };
  }
}

function succeeded(outcome: Extract<PaneAction, { type: 'succeeded' }>['outcome']): PaneAction {
  return { type: 'succeeded', outcome };
}

function bindAll(host: WorkbookHost): WorkbookHost {
  return {
    readWorkbook: () => host.readWorkbook(),
    writeSheets: (plans, request) => host.writeSheets(plans, request),
    activateSheet: (name) => host.activateSheet(name),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    toggleStatusColouring: (c) => host.toggleStatusColouring(c),
    loadSettings: () => host.loadSettings(),
    saveSettings: (s) => host.saveSettings(s),
  };
}

function findings(report: Report, read: WorkbookData | null): PaneFindings {
  const sheets: string[] = [];
  const add = (s: string): void => {
    if (!sheets.includes(s)) sheets.push(s);
  };
  for (const t of report.actionTables) add(t.sheet);
  for (const t of report.budgetTables) add(t.sheet);
  for (const i of report.issues) add(i.sheet);
  return {
    empty: read !== null && isEmptyWorkbook(read),
    actionTables: report.actionTables.length,
    budgetTables: report.budgetTables.length,
    sheets,
  };
}

function isEmptyWorkbook(workbook: WorkbookData): boolean {
  return workbook.sheets.every((grid) =>
    grid.values.every((row) => row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))),
  );
}
