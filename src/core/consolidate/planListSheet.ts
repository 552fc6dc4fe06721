/** A list sheet of the consolidation: a title, the as-of date, then one header row over one row per entry. */
import { rangeAddress } from '../a1/rangeAddress';
import { HEADING_FILL } from '../palette';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import { planTable } from '../print/planTable';
import type { PlanFormat, PlanTable, PlanValue, SheetKind, SheetPlan } from '../schema/sheetPlan';

/** The list's header row: the rows above it hold the title and the as-of date. */
export const LIST_HEADER_ROW = 4;

export interface ListSheet {
  kind: SheetKind;
  name: string;
  /** The Excel table's name: letters, digits and underscores (`Myöhässä`, `Anmärkningar`). */
  tableName: string;
  title: string;
  asOfLabel: string;
  asOf: string;
  headers: readonly string[];
  widths: readonly number[];
  rows: readonly PlanValue[][];
  /** Shown in place of the rows when there are none. */
  empty: string;
  /** Formats of the data rows, by 1-based column; rows are numbered from LIST_HEADER_ROW + 1. */
  columnFormats?: Readonly<Record<number, Omit<PlanFormat, 'range'>>>;
  /** Formats of single data cells, e.g. a severity in red. */
  cellFormats?: readonly PlanFormat[];
}

/**
 * The header row and the rows under it form one block with no gaps, so the office can filter and sort
 * it (and a host can make it an Excel table); the header row stays in view when scrolling.
 * @example planListSheet({ kind: 'consolidationOverdue', name: 'Myöhässä', headers: ['Tiedosto', …], rows: [], … }).values[3] //=> ['Tiedosto', …]
 */
export function planListSheet(list: ListSheet): SheetPlan {
  const width = list.headers.length;
  const pad = (cells: PlanValue[]): PlanValue[] => [...cells, ...Array<PlanValue>(Math.max(0, width - cells.length)).fill(null)];
  const values: PlanValue[][] = [
    pad([list.title]),
    pad([list.asOfLabel, isoToExcelSerial(list.asOf) ?? list.asOf]),
    pad([]),
    [...list.headers],
    ...(list.rows.length === 0 ? [pad([list.empty])] : list.rows.map((r) => pad([...r]))),
  ];
  const first = LIST_HEADER_ROW + 1;
  const last = values.length;
  const formats: PlanFormat[] = [
    { range: 'A1', bold: true, fontSize: 14 },
    { range: 'B2', numberFormat: 'd.m.yyyy', hAlign: 'left' },
    {
      range: rangeAddress({ top: LIST_HEADER_ROW, left: 1, bottom: LIST_HEADER_ROW, right: width }),
      bold: true,
      fill: HEADING_FILL,
      wrap: true,
      border: { style: 'bottom', color: '#9BC2E6' },
    },
  ];
  if (list.rows.length === 0) formats.push({ range: `A${first}`, italic: true });
  else {
    for (const [col, format] of Object.entries(list.columnFormats ?? {})) {
      formats.push({ range: rangeAddress({ top: first, left: Number(col), bottom: last, right: Number(col) }), ...format });
    }
    formats.push(...(list.cellFormats ?? []));
  }
  return {
    kind: list.kind,
    name: list.name,
    values,
    formats,
    conditionalFormats: [],
    links: [],
    columnWidths: [...list.widths],
    freeze: { rows: LIST_HEADER_ROW, cols: 0 },
    tables: listTable(list, values),
  };
}

/** The list under its header as an Excel table named after the sheet, when it has rows: filter buttons and banded rows. */
function listTable(list: ListSheet, values: readonly PlanValue[][]): PlanTable[] {
  if (list.rows.length === 0) return [];
  const table = planTable(list.tableName, values, LIST_HEADER_ROW, values.length, list.headers.length);
  return table ? [table] : [];
}
