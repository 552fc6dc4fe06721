/** Reads every sheet of the open workbook into the core's grids in a constant number of syncs. */
import {
  budgetLabelColumns,
  columnLetter,
  generatedKindOf,
  GENERATED_MARKER_CELL,
  parseRange,
  rangeAddress,
  type Grid,
  type WorkbookData,
} from '../core';
import { excelRunner, type ExcelRun } from './excelRunner';
import { isExcelApiSupported } from './isExcelApiSupported';
import { payloadBudget } from './payloadBudget';
import { planReadChunks, type ReadChunk, type SheetExtent } from './planReadChunks';
import { toGridValues } from './toGridValues';

/**
 * Bytes a cell is expected to take in a response (its value and its value type); text-heavy sheets pass it, which the
 * retry below absorbs.
 */
const BYTES_PER_CELL = 40;
const ERROR_CODES_TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

export interface ReadWorkbookOptions {
  /** Bytes one sync may carry; defaults to the platform's budget. */
  budget?: number;
  run?: ExcelRun;
}

/**
 * Sync 1 lists the sheets and the workbook's tables; sync 2 the used range of each sheet (values only), its marker cell and its
 * tables' ranges; then the values in as few syncs as the payload budget allows (one for ordinary workbooks, whatever their
 * number of sheets); then merged areas where ExcelApi 1.13 offers them, and the indent levels of budget tables' label cells
 * where ExcelApi 1.9 offers them (the core tells subrows by indent). Sheets the tool generated are not read beyond their
 * marker (the core skips them anyway), except the history sheet, whose snapshots the core reads back.
 * @example await readWorkbook() //=> { fileName: null, sheets: [{ sheet: 'Toimenpiteet', origin: { row: 3, col: 2 }, values: [...], tables: [...] }] }
 */
export async function readWorkbook(options: ReadWorkbookOptions = {}): Promise<WorkbookData> {
  const budget = options.budget ?? payloadBudget();
  const withMerges = isExcelApiSupported('1.13');
  const withIndents = isExcelApiSupported('1.9');
  const run = options.run ?? excelRunner();
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name,items/showHeaders,items/worksheet/name');
    await context.sync();

    const probes = worksheets.items.map(probeSheet);
    const tableRanges = tables.items.map((t) => ({ table: t, range: t.getRange().load('address') }));
    await context.sync();

    const { grids, extents, historyMarkers } = startGrids(probes);
    addTables(grids, tableRanges);
    await readValues(context, probes, extents, grids, budget);
    placeHistoryMarkers(grids, historyMarkers);
    // Merges and indents only matter to the readers of user tables; the history sheet has neither.
    const userExtents = extents.filter((e) => !historyMarkers.has(e.sheet));
    if (withMerges && userExtents.length) await readMerges(context, probes, userExtents, grids);
    if (withIndents && userExtents.length) await readBudgetIndents(context, probes, userExtents, grids);
    return { fileName: null, sheets: grids };
  });
}

/** A sheet with its used range (values only) and its marker cell queued for loading. */
interface SheetProbe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  marker: Excel.Range;
}

function probeSheet(ws: Excel.Worksheet): SheetProbe {
  return {
    ws,
    used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount,address'),
    marker: ws.getRange(GENERATED_MARKER_CELL.address).load('values'),
  };
}

/**
 * A grid per sheet, placed at its used range, and the extents whose values are to be read: an empty sheet reads nothing, and
 * a sheet the tool generated only its marker.
 */
function startGrids(probes: readonly SheetProbe[]): { grids: Grid[]; extents: SheetExtent[]; historyMarkers: Map<number, string> } {
  const grids: Grid[] = probes.map(({ ws }) => ({
    sheet: ws.name,
    origin: { row: 1, col: 1 },
    values: [],
    tables: [],
    visible: ws.visibility === 'Visible',
  }));
  const extents: SheetExtent[] = [];
  const historyMarkers = new Map<number, string>();
  probes.forEach(({ used, marker }, i) => {
    const grid = grids[i];
    if (!grid || used.isNullObject) return;
    const markerValue = marker.values[0]?.[0];
    const kind = generatedKindOf(markerValue);
    // The history sheet is read like a user's sheet (the core reads its snapshots back); the others only by their marker.
    if (kind !== null && kind !== 'history') {
      grid.origin = { row: GENERATED_MARKER_CELL.row, col: GENERATED_MARKER_CELL.col };
      grid.values = [[String(markerValue)]];
      return;
    }
    grid.origin = { row: used.rowIndex + 1, col: used.columnIndex + 1 };
    const { rowIndex, columnIndex, rowCount } = used;
    let columnCount = used.columnCount;
    if (kind === 'history') {
      // Its table ends far left of the marker: reading on to AZ would carry some forty empty cells a row.
      columnCount = Math.max(1, Math.min(columnCount, GENERATED_MARKER_CELL.col - 1 - columnIndex));
      historyMarkers.set(i, String(markerValue));
    }
    extents.push({ sheet: i, rowIndex, columnIndex, rowCount, columnCount });
  });
  return { grids, extents, historyMarkers };
}

/** Puts the history sheet's marker back where it was, in its grid read without the marker's column. */
function placeHistoryMarkers(grids: Grid[], markers: ReadonlyMap<number, string>): void {
  for (const [i, marker] of markers) {
    const grid = grids[i];
    if (!grid || grid.origin.row !== GENERATED_MARKER_CELL.row) continue;
    const row = grid.values[0] ?? [];
    const at = GENERATED_MARKER_CELL.col - grid.origin.col;
    while (row.length < at) row.push(null);
    row[at] = marker;
    grid.values[0] = row;
  }
}

/** Each Excel table on the grid of its sheet. */
function addTables(grids: Grid[], tableRanges: readonly { table: Excel.Table; range: Excel.Range }[]): void {
  for (const { table, range } of tableRanges) {
    const grid = grids.find((g) => g.sheet === table.worksheet.name);
    const r = parseRange(range.address);
    if (grid && r) grid.tables.push({ name: table.name, range: rangeAddress(r), showHeaders: table.showHeaders });
  }
}

/**
 * The values of every extent, in batches the payload budget allows. A batch Excel finds too large is read again in pieces a
 * quarter the size, down to one row per sync.
 */
async function readValues(
  context: Excel.RequestContext,
  probes: readonly SheetProbe[],
  extents: readonly SheetExtent[],
  grids: Grid[],
  budget: number,
): Promise<void> {
  const pieces = new Map<number, { firstRow: number; values: Grid['values'] }[]>();
  let pending = planReadChunks(extents, budget, BYTES_PER_CELL);
  let share = 1;
  while (pending.length) {
    const batch = pending[0] ?? [];
    const loads = batch.map((chunk) => ({
      chunk,
      range: probes[chunk.sheet]?.ws.getRange(chunkAddress(chunk, extents)).load('values,valueTypes'),
    }));
    try {
      await context.sync();
    } catch (error) {
      // The estimate was too low for this text: read the same rows in smaller pieces, down to one row per sync.
      if (!isTooLarge(error) || batch.every((c) => c.firstRow === c.lastRow && batch.length === 1)) throw error;
      share *= 4;
      const rest = extentsOf(batch, extents);
      pending = [...planReadChunks(rest, budget / share, BYTES_PER_CELL), ...pending.slice(1)];
      continue;
    }
    for (const { chunk, range } of loads) {
      if (!range) continue;
      const list = pieces.get(chunk.sheet) ?? [];
      list.push({ firstRow: chunk.firstRow, values: toGridValues(range.values, range.valueTypes) });
      pieces.set(chunk.sheet, list);
    }
    pending = pending.slice(1);
  }
  for (const [sheet, list] of pieces) {
    const grid = grids[sheet];
    if (grid) grid.values = list.sort((a, b) => a.firstRow - b.firstRow).flatMap((p) => p.values);
  }
}

/** Whether Excel refused a sync for the size of its payload. */
function isTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return ERROR_CODES_TOO_LARGE.has(code);
}

function chunkAddress(chunk: ReadChunk, extents: readonly SheetExtent[]): string {
  const e = extents.find((x) => x.sheet === chunk.sheet);
  if (!e) throw new Error(`no extent for sheet ${chunk.sheet}`);
  return `${columnLetter(e.columnIndex + 1)}${chunk.firstRow + 1}:${columnLetter(e.columnIndex + e.columnCount)}${chunk.lastRow + 1}`;
}

function extentsOf(batch: readonly ReadChunk[], extents: readonly SheetExtent[]): SheetExtent[] {
  return batch.map((c) => {
    const e = extents.find((x) => x.sheet === c.sheet);
    if (!e) throw new Error(`no extent for sheet ${c.sheet}`);
    return { ...e, rowIndex: c.firstRow, rowCount: c.lastRow - c.firstRow + 1 };
  });
}

/** Merged areas of each read sheet; a sheet with more than Excel's 512 makes the call fail, and then merges are left out. */
async function readMerges(
  context: Excel.RequestContext,
  probes: readonly { ws: Excel.Worksheet; used: Excel.Range }[],
  extents: readonly SheetExtent[],
  grids: Grid[],
): Promise<void> {
  const areas = extents.map((e) => ({ sheet: e.sheet, areas: probes[e.sheet]?.used.getMergedAreasOrNullObject().load('address') }));
  try {
    await context.sync();
  } catch {
    return;
  }
  for (const { sheet, areas: a } of areas) {
    const grid = grids[sheet];
    if (!grid || !a || a.isNullObject) continue;
    grid.merges = [...a.address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=,|$)/g)].flatMap((m) => {
      const r = parseRange(m[0].slice(1));
      return r ? [rangeAddress(r)] : [];
    });
  }
}

/**
 * Indent levels of the label column of each budget table the core finds in the values read: one column per table, so the
 * payload stays small. On failure indents are left out and the core falls back to reading levels from the labels.
 */
async function readBudgetIndents(
  context: Excel.RequestContext,
  probes: readonly { ws: Excel.Worksheet }[],
  extents: readonly SheetExtent[],
  grids: Grid[],
): Promise<void> {
  const requests: { sheet: number; top: number; col: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  for (const e of extents) {
    const grid = grids[e.sheet];
    const ws = probes[e.sheet]?.ws;
    if (!grid || !ws) continue;
    // Read, as the .xlsx host does: an empty list means no indented cell, not "unknown".
    grid.indents = [];
    for (const address of budgetLabelColumns(grid)) {
      const r = parseRange(address);
      if (!r) continue;
      requests.push({
        sheet: e.sheet,
        top: r.top,
        col: r.left,
        result: ws.getRange(address).getCellProperties({ format: { indentLevel: true } }),
      });
    }
  }
  if (requests.length === 0) return;
  try {
    await context.sync();
  } catch {
    for (const e of extents) delete grids[e.sheet]?.indents;
    return;
  }
  for (const { sheet, top, col, result } of requests) {
    const indents = grids[sheet]?.indents;
    if (!indents) continue;
    result.value.forEach((line, i) => {
      const level = line[0]?.format?.indentLevel ?? 0;
      if (level > 0) indents.push({ row: top + i, col, level });
    });
  }
}
