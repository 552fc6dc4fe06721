/** The Office.js host: the WorkbookHost the use cases run on inside Excel. */
import type { WorkbookHost } from '../app/workbookHost';
import { activateSheet } from './activateSheet';
import { loadSettings } from './loadSettings';
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
 * pane can explain (protected sheet, cell-edit mode, too large, unsupported).
 * @example const report = await generateSummary(createOfficeWorkbookHost(), settings)
 */
export function createOfficeWorkbookHost(): WorkbookHost {
  return {
    readWorkbook: () => mapped(() => readWorkbook()),
    writeSheets: (plans) => mapped(() => writeSheets(plans)),
    activateSheet: (name) => mapped(() => activateSheet(name)),
    selectCell: (sheet, cell) => mapped(() => selectCell(sheet, cell)),
    toggleStatusColouring: (colouring) => mapped(() => toggleStatusColouring(colouring)),
    loadSettings: () => mapped(() => loadSettings()),
    saveSettings: (settings) => mapped(() => saveSettings(settings)),
  };
}
