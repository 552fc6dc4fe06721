/** The in-memory workbook behind the fake Office.js API: plain data, so tests and the browser page can read it back. */
import type { CellRange } from '../../src/core/a1/parseRange';

/** A stored cell value as Excel keeps it: errors as `{ error }`, empty as ''. */
export type FakeScalar = string | number | boolean | { error: string };

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  color?: string;
  size?: number;
  name?: string;
}

export interface FakeBorder {
  style: string;
  color: string;
}

/** A cell's link as `Range.hyperlink` sets it (ExcelApi 1.7). */
export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  value: FakeScalar;
  hyperlink?: FakeHyperlink;
  /** The formula as written (`=…`) when the cell holds one. */
  formula?: string;
  /** True when the entry began with an apostrophe (Excel's quote prefix): the text is kept as text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string | null;
  font?: FakeFont;
  wrapText?: boolean;
  horizontalAlignment?: string;
  indentLevel?: number;
  borders?: Record<string, FakeBorder>;
}

export interface FakeConditionalFormat {
  id: number;
  /** 'Custom' for formula rules; other types stand in for the user's own rules of other kinds. */
  type: string;
  range: CellRange;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  strikethrough: boolean | null;
  /** Border colours by edge (EdgeTop, EdgeBottom, EdgeLeft, EdgeRight). */
  borders: Record<string, string>;
  stopIfTrue: boolean;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  /** Source data range address on the chart's sheet, e.g. `A6:B14`. */
  source: string;
  seriesBy: string;
  title: string | null;
  /** Top-left cell it was placed at, when setPosition was called. */
  anchor: string | null;
  /** Its series, as Excel makes them from the source (see `ChartCollectionProxy.add`), with the colours set on them. */
  series: FakeChartSeries[];
  /** `legend.position` (Excel puts a new chart's legend on the right). */
  legendPosition: string;
}

export interface FakeChartSeries {
  /** `format.fill.setSolidColor`, upper case; null: Excel's own colour. */
  fill: string | null;
  /** `format.line.color`, upper case; null: Excel's own. */
  line: string | null;
}

export interface FakeTable {
  id: string;
  name: string;
  range: CellRange;
  showHeaders: boolean;
  /** Set by `Table.style` (Excel gives a new table TableStyleMedium2). */
  style?: string;
  showBandedRows?: boolean;
  showFilterButton?: boolean;
}

/** What `Worksheet.pageLayout` (ExcelApi 1.9) set; Excel's defaults until then. */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  printGridlines: boolean;
  /** `zoom` as last assigned. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The default header and footer for all pages. */
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
  /** `setPrintTitleRows`, as an A1 row range (`$1:$3`), or null. */
  printTitleRows: string | null;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Cells by row then column, 1-based. */
  cells: Map<number, Map<number, FakeCell>>;
  tables: FakeTable[];
  merges: CellRange[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  freeze: { rows: number; cols: number };
  /** Column widths in points (Office.js units), by 1-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  pageLayout: FakePageLayout;
  /** Ranges whose rows `RangeFormat.autofitRows()` fitted, in order. */
  autofitRows: CellRange[];
  deleted: boolean;
}

/** Excel's page layout of a new sheet (margins in points: 0.7 in at the sides, 0.75 in top and bottom, 0.3 in for header and footer). */
export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    printGridlines: false,
    zoom: { scale: 100 },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printTitleRows: null,
  };
}

export interface FakeWorkbookOptions {
  /**
   * Highest ExcelApi requirement set the fake claims, e.g. '1.6' for the oldest Excel the manifest allows; by default the newest
   * the installed typings know.
   */
  excelApi?: string;
  /** Office.context.platform; 'OfficeOnline' applies Excel on the web's payload limit. */
  platform?: 'OfficeOnline' | 'PC' | 'Mac';
  /** Bytes a single sync may send or receive before the host refuses it (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Culture the application reports (ExcelApi 1.11+). */
  culture?: string;
  displayLanguage?: string;
}

/** Faults a test switches on to see how the host copes. */
export interface FakeFaults {
  /** Fail the Nth write applied from now on (1 = the next one). */
  failAtWrite: number | null;
  /** Fail any write whose description matches (e.g. /charts\.add/). */
  failWhen: RegExp | null;
  /**
   * The user is typing in a cell: every batch fails (with `cellEditCode`), except one run with `delayForCellEdit`, which waits
   * until this is set back to false.
   */
  cellEditMode: boolean;
  /** The code a batch fails with in cell-edit mode: Excel's own, or `InvalidOperation` as Microsoft's docs name it. */
  cellEditCode: 'InvalidOperationInCellEditMode' | 'InvalidOperation';
  /**
   * A slow host: each `Excel.run` waits this many milliseconds before its batch starts, as a real workbook takes 0.8–3 s
   * to answer. 0 (the default) answers at once.
   */
  runDelayMs: number;
}

export interface FakeStats {
  syncs: number;
  /** Bytes sent (writes, method arguments) per sync, in order. */
  requestBytes: number[];
  /** Bytes received (loaded properties) per sync, in order. */
  responseBytes: number[];
  /** Writes applied in total (property sets and mutating methods). */
  writes: number;
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  activeSheetId: string | null;
  selection: { sheetId: string; range: CellRange } | null;
  settings: Map<string, unknown>;
  options: Required<FakeWorkbookOptions>;
  faults: FakeFaults;
  stats: FakeStats;
  /** Office.actions.associate registrations. */
  actions: Map<string, (event: unknown) => unknown>;
  /** Dialogs opened with Office.context.ui.displayDialogAsync, oldest first. */
  dialogs: FakeDialog[];
  /** What a page opened as a dialog sent with Office.context.ui.messageParent. */
  messagesToParent: string[];
  nextId: number;
  /** Counts writes since failAtWrite was set. */
  writesSinceFault: number;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected: boolean;
  /** Batches run with delayForCellEdit, waiting for the user to leave cell-edit mode. */
  cellEditWaiters: (() => void)[];
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** The most characters a cell can hold. */
export const MAX_CELL_TEXT = 32767;

/** The cell at row/col, created on demand when `create` is set. */
export function cellOf(sheet: FakeSheet, row: number, col: number, create: true): FakeCell;
export function cellOf(sheet: FakeSheet, row: number, col: number, create?: false): FakeCell | undefined;
export function cellOf(sheet: FakeSheet, row: number, col: number, create = false): FakeCell | undefined {
  let r = sheet.cells.get(row);
  if (!r) {
    if (!create) return undefined;
    r = new Map();
    sheet.cells.set(row, r);
  }
  let c = r.get(col);
  if (!c && create) {
    c = { value: '' };
    r.set(col, c);
  }
  return c;
}

/** The smallest range holding every value (valuesOnly) or every value or format; null for a blank sheet. */
export function usedRangeOf(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [row, cols] of sheet.cells) {
    for (const [col, cell] of cols) {
      const hasValue = cell.value !== '' || cell.formula !== undefined || cell.hyperlink !== undefined;
      const hasFormat = cell.numberFormat !== undefined || cell.fill != null || cell.font !== undefined || cell.borders !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  return top === Infinity ? null : { top, left, bottom, right };
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** A dialog the add-in opened: its page's address, whether it is still open, and the handlers the opener added. */
export interface FakeDialog {
  url: string;
  open: boolean;
  handlers: { message: ((arg: { message: string }) => void)[]; event: ((arg: { error: number }) => void)[] };
}
