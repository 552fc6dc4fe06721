/** What a write needs to know of the workbook's sheets, asked of Excel when no read of this use case has told it already. */
import { GENERATED_MARKER_CELL } from '../core';
import { excelRunner, type ExcelRun } from './excelRunner';
import { isExcelApiSupported } from './isExcelApiSupported';
import { layoutSheetOf, type LayoutSheet } from './layoutSheetOf';

export type { LayoutSheet } from './layoutSheetOf';

/** The workbook's sheets in order and whether its structure is protected (known from ExcelApi 1.7; false below it). */
export interface WorkbookLayout {
  sheets: LayoutSheet[];
  structureProtected: boolean;
}

/**
 * Two syncs: the sheets (and the structure's protection), then each sheet's marker cell, chart names and table names.
 * @example await probeLayout(run) //=> { sheets: [{ id: '{…}', name: 'Yhteenveto', kind: 'summary', visible: true, charts: ['Chart 1'], tables: ['Myöhässä'] }], structureProtected: false }
 */
export async function probeLayout(run: ExcelRun = excelRunner()): Promise<WorkbookLayout> {
  const withProtection = isExcelApiSupported('1.7');
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
    const protection = withProtection ? context.workbook.protection.load('protected') : null;
    await context.sync();
    const probes = worksheets.items.map((ws) => ({
      ws,
      marker: ws.getRange(GENERATED_MARKER_CELL.address).load('values'),
      charts: ws.charts.load('items/name'),
      tables: ws.tables.load('items/name'),
    }));
    await context.sync();
    return {
      sheets: probes.map(({ ws, marker, charts, tables }) =>
        layoutSheetOf(
          ws,
          marker,
          charts,
          tables.items.map((t) => t.name),
        ),
      ),
      structureProtected: protection?.protected ?? false,
    };
  });
}
