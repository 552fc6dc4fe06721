/** Reads every sheet of the open workbook into the core's grids in a constant number of syncs. */
import {
  budgetLabelColumns,
  columnLetter,
  generatedKindOf,
  GENERATED_MARKER_CELL,
  HISTORY_READ_COLUMNS,
  parseRange,
  rangeAddress,
  type Grid,
  type WorkbookData,
} from '../core';
import type { SeurantaSettings } from '../app/workbookHost';
import { excelRunner, type ExcelRun } from './excelRunner';
import { isExcelApiSupported } from './isExcelApiSupported';
import { payloadBudget } from './payloadBudget';
import type { LayoutSheet, WorkbookLayout } from './probeLayout';
import { layoutSheetOf } from './layoutSheetOf';
import { parseSavedSettings } from './parseSavedSettings';
import { planReadChunks, type ReadChunk, type SheetExtent } from './planReadChunks';
import { SETTINGS_KEY } from './settingsKey';
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
  /** Load the settings saved in the workbook too, in the first sync (the ribbon's command needs them to build the report). */
  withSettings?: boolean;
}

/** The grids the core reads, and what a write of the same use case needs to know of the sheets (so it need not ask again). */
export interface ReadWorkbookResult {
  workbook: WorkbookData;
  layout: WorkbookLayout;
  /** The saved settings' valid fields when asked for (`withSettings`), else null. */
  saved: Partial<SeurantaSettings> | null;
}

/**
 * Sync 1 lists the sheets, the workbook's tables, (ExcelApi 1.7) whether its structure is protected and, when asked, the
 * saved settings. Sync 2 loads each
 * sheet's used range (values only) with its values, its marker cell, its chart names, its tables' ranges and (ExcelApi 1.13)
 * its merged areas: one sync for the whole contents of an ordinary workbook, whatever its number of sheets. Where that is more
 * than one sync may carry, Excel refuses it and the contents come instead in as few syncs as the payload budget allows, after
 * a sync for the shape alone. Then, where ExcelApi 1.9 offers them, the indent levels of budget tables' label cells (the
 * core tells subrows by indent; which cells those are is known only from the values). A sheet the tool generated comes out
 * as its marker alone (the core skips it anyway): its values, which ride along in the one sync, are dropped, and the chunked
 * read leaves them out. The history sheet is the exception: the core reads its snapshots back, so its values are kept, cut
 * short of the marker's empty columns (which the chunked read does not fetch), and it has neither merges nor indents to read.
 * @example (await readWorkbook()).workbook //=> { fileName: null, sheets: [{ sheet: 'Toimenpiteet', origin: { row: 3, col: 2 }, values: [...], tables: [...] }] }
 */
export async function readWorkbook(options: ReadWorkbookOptions = {}): Promise<ReadWorkbookResult> {
  const budget = options.budget ?? payloadBudget();
  const withMerges = isExcelApiSupported('1.13');
  const withIndents = isExcelApiSupported('1.9');
  const withProtection = isExcelApiSupported('1.7');
  const run = options.run ?? excelRunner();
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name,items/showHeaders,items/worksheet/name');
    const protection = withProtection ? context.workbook.protection.load('protected') : null;
    const settings = options.withSettings ? context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value') : null;
    await context.sync();

    const { probes, tableRanges, withValues } = await probeSheets(context, worksheets.items, tables.items, withMerges);
    const { grids, extents, historyMarkers } = startGrids(probes, tableRanges);
    if (withValues) takeValues(probes, extents, grids);
    else await readValues(context, probes, extents, grids, budget);
    placeHistoryMarkers(grids, historyMarkers);
    const userExtents = extents.filter((e) => !historyMarkers.has(e.sheet));
    addMerges(probes, userExtents, grids);
    if (withIndents && userExtents.length) await readBudgetIndents(context, probes, userExtents, grids);
    return {
      workbook: { fileName: null, sheets: grids },
      layout: { sheets: probes.map((probe) => layoutSheet(probe, tables.items)), structureProtected: protection?.protected ?? false },
      saved: settings === null ? null : parseSavedSettings(settings.isNullObject ? null : (settings.value as unknown)),
    };
  });
}

/** An Excel table with its range, loaded in the sync that probes the sheets. */
interface TableRange {
  table: Excel.Table;
  range: Excel.Range;
}

/** A sheet with its used range (values only), its marker cell, its charts and perhaps its merged areas queued for loading. */
interface SheetProbe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  marker: Excel.Range;
  charts: Excel.ChartCollection;
  merges: Excel.RangeAreas | null;
}

/**
 * The sync that loads every sheet's shape, and its values too unless Excel finds them more than one response may carry. Excel
 * refuses the merged areas of a sheet with more than 512 of them, failing the sync: then it is tried again without merges.
 */
async function probeSheets(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  tables: readonly Excel.Table[],
  withMerges: boolean,
): Promise<{ probes: SheetProbe[]; tableRanges: TableRange[]; withValues: boolean }> {
  let withValues = true;
  let merges = withMerges;
  for (;;) {
    const probes = sheets.map((ws) => probeSheet(ws, withValues, merges));
    const tableRanges = tables.map((t) => ({ table: t, range: t.getRange().load('address') }));
    try {
      await context.sync();
      return { probes, tableRanges, withValues };
    } catch (error) {
      if (withValues && isTooLarge(error)) withValues = false;
      else if (merges && !isTooLarge(error)) merges = false;
      else throw error;
    }
  }
}

function probeSheet(ws: Excel.Worksheet, withValues: boolean, withMerges: boolean): SheetProbe {
  const extent = 'rowIndex,columnIndex,rowCount,columnCount';
  return {
    ws,
    used: ws.getUsedRangeOrNullObject(true).load(withValues ? `${extent},values,valueTypes` : extent),
    marker: ws.getRange(GENERATED_MARKER_CELL.address).load('values'),
    charts: ws.charts.load('items/name'),
    // On the whole sheet, not on the used range: that may turn out to be a null object.
    merges: withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null,
  };
}

function layoutSheet({ ws, marker, charts }: SheetProbe, tables: readonly Excel.Table[]): LayoutSheet {
  const names = tables.filter((t) => t.worksheet.name === ws.name).map((t) => t.name);
  return layoutSheetOf(ws, marker, charts, names);
}

/**
 * A grid per sheet with its Excel tables, placed at its used range, and the extents whose values are to be read: an empty
 * sheet reads nothing, a sheet the tool generated only its marker, and the history sheet as far as its table reaches.
 */
function startGrids(
  probes: readonly SheetProbe[],
  tableRanges: readonly TableRange[],
): { grids: Grid[]; extents: SheetExtent[]; historyMarkers: Map<number, string> } {
  const grids: Grid[] = probes.map(({ ws }) => ({
    sheet: ws.name,
    origin: { row: 1, col: 1 },
    values: [],
    tables: [],
    visible: ws.visibility === 'Visible',
  }));
  addTables(grids, tableRanges);
  const extents: SheetExtent[] = [];
  const historyMarkers = new Map<number, string>();
  probes.forEach(({ used, marker }, i) => {
    const grid = grids[i];
    if (!grid || used.isNullObject) return;
    const markerValue = marker.values[0]?.[0];
    const kind = generatedKindOf(markerValue);
    if (kind !== null && kind !== 'history') {
      grid.origin = { row: GENERATED_MARKER_CELL.row, col: GENERATED_MARKER_CELL.col };
      grid.values = [[String(markerValue)]];
      return;
    }
    grid.origin = { row: used.rowIndex + 1, col: used.columnIndex + 1 };
    const { rowIndex, columnIndex, rowCount } = used;
    let columnCount = used.columnCount;
    if (kind === 'history') {
      columnCount = historyReadWidth(used, grid.tables);
      historyMarkers.set(i, String(markerValue));
    }
    extents.push({ sheet: i, rowIndex, columnIndex, rowCount, columnCount });
  });
  return { grids, extents, historyMarkers };
}

/**
 * The columns of the history sheet worth reading. Its used range reaches out to the marker in AZ, some forty empty cells a
 * row; the reader looks no further than Y, and the actions' table (which the tool writes over every snapshot's column) ends
 * where the snapshots do: at 100 000 actions and eight snapshots, half the cells, and the chunks Excel on the web is sent
 * come out full. Without the table (a user converted it to a range), up to Y.
 */
function historyReadWidth(used: Excel.Range, tables: Grid['tables']): number {
  const limit = HISTORY_READ_COLUMNS - used.columnIndex;
  const tableRight = Math.max(0, ...tables.map(({ range }) => parseRange(range)?.right ?? 0));
  const width = tableRight > 0 ? Math.min(limit, tableRight - used.columnIndex) : limit;
  return Math.max(1, Math.min(used.columnCount, width));
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

/** The values the shape's sync brought along, on the grids of the sheets read. */
function takeValues(probes: readonly SheetProbe[], extents: readonly SheetExtent[], grids: Grid[]): void {
  for (const { sheet, columnCount } of extents) {
    const used = probes[sheet]?.used;
    const grid = grids[sheet];
    if (!used || !grid) continue;
    // The history sheet's extent stops short of its marker's column: its values are cut to the same width.
    const narrower = columnCount < used.columnCount;
    const values = narrower ? used.values.map((r) => r.slice(0, columnCount)) : used.values;
    const types = narrower ? used.valueTypes.map((r) => r.slice(0, columnCount)) : used.valueTypes;
    grid.values = toGridValues(values, types);
  }
}

/** Each Excel table on the grid of its sheet. */
function addTables(grids: Grid[], tableRanges: readonly TableRange[]): void {
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

/** The merged areas of each sheet read that touch its used range, where they were loaded. */
function addMerges(probes: readonly SheetProbe[], extents: readonly SheetExtent[], grids: Grid[]): void {
  for (const e of extents) {
    const grid = grids[e.sheet];
    const areas = probes[e.sheet]?.merges;
    if (!grid || !areas || areas.isNullObject) continue;
    // As the .xlsx host: no list when the sheet has none (the core then tells section rows by their text).
    const merges = mergedAreasIn(areas.address, e);
    if (merges.length) grid.merges = merges;
  }
}

function mergedAreasIn(address: string, e: SheetExtent): string[] {
  return [...address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=,|$)/g)].flatMap((m) => {
    const r = parseRange(m[0].slice(1));
    const touches =
      r !== null &&
      r.bottom > e.rowIndex &&
      r.top <= e.rowIndex + e.rowCount &&
      r.right > e.columnIndex &&
      r.left <= e.columnIndex + e.columnCount;
    return touches ? [rangeAddress(r)] : [];
  });
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
