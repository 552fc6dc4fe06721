/**
 * Reads one ExcelJS worksheet into the core's Grid: the used area's values, merges, indents, tables.
 * The CLI reads with its own reader (read/readXlsxPackage); this stays as the independent reader its
 * tests hold those grids to.
 */
import type ExcelJS from 'exceljs';
import { rangeAddress, type CellValue, type ExcelTable, type Grid } from '../../src/core';
import { excelValueToCell } from './excelValueToCell';

/** The parts of an ExcelJS table this reader relies on (loaded tables carry `tableRef`, new ones `ref`). */
interface ExcelJsTableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
}

/**
 * The used area is where values are (styled empty cells do not widen it); the cells a merge covers
 * beyond its top-left are empty, as Excel shows them. Indents above 0 and Excel tables come along.
 * @example worksheetToGrid(sheetWithTitleInB2).origin //=> { row: 2, col: 2 }
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  // One sparse line per row with values, indexed by column: an object per cell cost a tenth of a
  // second of allocation and collection at 100 000 rows.
  const lines: { row: number; cells: CellValue[] }[] = [];
  const indents: { row: number; col: number; level: number }[] = [];
  let left = Infinity;
  let right = 0;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let cells: CellValue[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const level = cell.alignment?.indent;
      if (typeof level === 'number' && level > 0) indents.push({ row: rowNumber, col: colNumber, level });
      // ExcelJS repeats a merge's value in every covered cell; Excel keeps it in the top-left only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = excelValueToCell(cell.value);
      if (value === null) return;
      cells ??= [];
      cells[colNumber] = value;
      if (colNumber < left) left = colNumber;
      if (colNumber > right) right = colNumber;
    });
    if (cells) lines.push({ row: rowNumber, cells });
  });

  const first = lines[0];
  const origin = first === undefined ? { row: 1, col: 1 } : { row: first.row, col: left };
  const values: CellValue[][] = [];
  if (first !== undefined) {
    const width = right - left + 1;
    const empty = (): CellValue[] => new Array<CellValue>(width).fill(null);
    // eachRow goes top to bottom, so the lines are in row order; rows without values in between stay empty.
    for (const line of lines) {
      while (values.length < line.row - first.row) values.push(empty());
      const out = empty();
      for (let c = left; c <= right; c++) out[c - left] = line.cells[c] ?? null;
      values.push(out);
    }
  }

  const tables: ExcelTable[] = Object.entries((worksheet as unknown as { tables?: Record<string, unknown> }).tables ?? {}).flatMap(
    ([key, t]) => {
      const model = (t as { table?: ExcelJsTableModel }).table;
      const range = model?.tableRef ?? model?.ref;
      if (!range) return [];
      return [{ name: model?.name ?? key, range, showHeaders: model?.headerRow !== false }];
    },
  );

  const merges = mergesOf(worksheet);
  return {
    sheet: worksheet.name,
    origin,
    values,
    tables,
    merges,
    indents,
    visible: worksheet.state === undefined || worksheet.state === 'visible',
  };
}

/** ExcelJS keeps merges as ranges keyed by their top-left cell. */
function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const internal = (
    worksheet as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> }
  )._merges;
  if (!internal) return [];
  return Object.values(internal).flatMap((m) => (m.model ? [rangeAddress(m.model)] : []));
}
