/** The Office.js host: the WorkbookHost the use cases run on inside Excel. */
import type { WorkbookHost } from '../app/workbookHost';
import type { WorkbookData } from '../core';
import { activateSheet } from './activateSheet';
import { excelRunner, type ExcelRunOptions } from './excelRunner';
import { isExcelApiSupported } from './isExcelApiSupported';
import { loadSettings } from './loadSettings';
import type { WorkbookLayout } from './probeLayout';
import { readWorkbook } from './readWorkbook';
import { saveSettings } from './saveSettings';
import { selectCell } from './selectCell';
import { toggleStatusColouring } from './toggleStatusColouring';
import { toHostError } from './toHostError';
import { writeSheets } from './writeSheets';

async function mapped<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHostError(error);
  }
}

/**
 * The host over the running Excel (the global `Excel` of office.js): every failure comes out as a `HostError` with a code the
 * pane can explain (protected sheet or structure, cell-edit mode, too large, unsupported). With `delayForCellEdit` (the
 * ribbon's command) every batch waits for the user to finish typing in a cell instead of failing. What a read saw of the
 * sheets is kept with the workbook it returned, so that a write told of that read (`writeSheets(plans, { read })`) starts
 * writing in its first sync instead of asking Excel again.
 * @example const report = await generateSummary(createOfficeWorkbookHost({ delayForCellEdit: true }), settings)
 */
export function createOfficeWorkbookHost(options: ExcelRunOptions = {}): WorkbookHost {
  const run = excelRunner(options);
  const layouts = new WeakMap<WorkbookData, WorkbookLayout>();
  return {
    readWorkbook: () =>
      mapped(async () => {
        const { workbook, layout } = await readWorkbook({ run });
        layouts.set(workbook, layout);
        return workbook;
      }),
    readWorkbookAndSettings: () =>
      mapped(async () => {
        const { workbook, layout, saved } = await readWorkbook({ run, withSettings: true });
        layouts.set(workbook, layout);
        return { workbook, saved: saved ?? {} };
      }),
    writeSheets: (plans, request = {}) =>
      mapped(() => {
        const layout = request.read === undefined ? undefined : layouts.get(request.read);
        return writeSheets(plans, { run, layout, activate: request.activate ?? false });
      }),
    activateSheet: (name) => mapped(() => activateSheet(name, run)),
    selectCell: (sheet, cell) => mapped(() => selectCell(sheet, cell, run)),
    toggleStatusColouring: (colouring) => mapped(() => toggleStatusColouring(colouring, run)),
    loadSettings: () => mapped(() => loadSettings(run)),
    saveSettings: (settings) => mapped(() => saveSettings(settings, run)),
    canSetPageLayout: () => isExcelApiSupported('1.9'),
  };
}
