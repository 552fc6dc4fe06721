/** One worksheet part, streamed: its cells' values as Excel shows them, its merges and its tables. */
import type { CellValue } from '../../../core';
import { attributeOf } from './attributeOf';
import type { CellStyles } from './readStyles';
import type { ZipEntry } from './readZipDirectory';
import { decodeExcelEscapes } from './decodeExcelEscapes';
import { detachedText } from './detachedText';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';
import { serialToDate } from './serialToDate';

/** A cell whose style indents it; `holdsValue` tells a cell with content from a styled empty one. */
export interface IndentedCell {
  row: number;
  col: number;
  level: number;
  holdsValue: boolean;
}

/**
 * The cells with a value in the order the part lists them, as three parallel lists: flat lists of
 * numbers cost the garbage collector far less than an object per row (a tenth of a second at
 * 100 000 rows). A value is set to undefined when a merge hides it.
 */
export interface SheetCells {
  rows: number[];
  cols: number[];
  values: (CellValue | undefined)[];
  /** The merged ranges as the part lists them (A1). */
  merges: string[];
  /** Relationship ids of the sheet's Excel tables (`<tablePart r:id>`). */
  tableIds: string[];
  indented: IndentedCell[];
}

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

/** Excel's limits: cells beyond them are no cells of a sheet Excel could open. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const NONE = 0;
const VALUE = 1;
const INLINE_TEXT = 2;

/**
 * A cell's value from its type (`t`), the text of its `<v>` or inline string, its style and whether it has a formula:
 * shared and inline strings, booleans, errors, ISO dates (`t="d"`), numbers, and numbers whose style is a date format
 * as `Date`. Empty text and a formula without a cached result are empty cells.
 * @example cellValueOf('s', '3', 0, false, { sharedStrings: ['', '', '', 'Kyllä'], styles, date1904: false }) //=> 'Kyllä'
 */
function cellValueOf(t: string | undefined, raw: string, s: number, formula: boolean, context: SheetContext): CellValue {
  switch (t) {
    case 's': {
      const shared = context.sharedStrings[Number.parseInt(raw, 10)];
      return shared === undefined || shared === '' ? null : shared;
    }
    case 'str':
    case 'inlineStr': {
      const decoded = t === 'inlineStr' ? decodeExcelEscapes(raw) : raw;
      return decoded === '' ? null : detachedText(decoded);
    }
    case 'b':
      return booleanOf(raw);
    case 'e':
      return raw === '' ? null : { error: raw };
    case 'd':
      return numberOrDate(isoToSerial(raw, context.date1904), s, context);
    default:
      // A formula without a cached value has no result to show.
      if (raw === '' && formula) return null;
      return numberOrDate(numberOf(raw), s, context);
  }
}

/** A number as Excel shows it: a `Date` where the cell's style is a date format, else the number. */
function numberOrDate(n: number, s: number, context: SheetContext): CellValue {
  if (!Number.isFinite(n)) return null;
  if (context.styles.isDate[s] !== true) return n;
  const date = serialToDate(n, context.date1904);
  // Beyond the dates JavaScript can hold Excel shows ####: no date to hand over (and an Invalid Date would break the core).
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Where the scan is: the row and the cell it is in, and what it has seen of that cell. One per sheet, reset per cell. */
interface ScanState {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  text: string;
  collecting: number;
  hasValue: boolean;
  hasFormula: boolean;
  inInline: boolean;
  phonetic: number;
  /** Each short inline text once: a status written in 100 000 cells is one string, not 100 000. */
  texts: Map<string, string>;
}

/** Inline texts up to this long are kept once per sheet; longer ones are rarely repeated. */
const SHARED_TEXT_LENGTH = 40;
const SHARED_TEXTS_KEPT = 10_000;

/**
 * Streams the sheet's XML and keeps each cell's value: shared and inline strings (rich text
 * joined, phonetic guides left out), numbers, booleans, errors `{ error }`, a formula's cached
 * result (none gives an empty cell), and numbers whose style is a date format as `Date`. Empty
 * strings are empty cells. Cells and rows without an address follow the previous one.
 * @example (await readSheetPart(bytes, zip.get('xl/worksheets/sheet1.xml')!, context)).values[0] //=> 'Toimenpide'
 */
export async function readSheetPart(bytes: Uint8Array, entry: ZipEntry, context: SheetContext): Promise<SheetCells> {
  const cells: SheetCells = { rows: [], cols: [], values: [], merges: [], tableIds: [], indented: [] };
  const at: ScanState = {
    row: 0,
    col: 0,
    type: undefined,
    style: 0,
    text: '',
    collecting: NONE,
    hasValue: false,
    hasFormula: false,
    inInline: false,
    phonetic: 0,
    texts: new Map(),
  };
  await scanXmlPart(bytes, entry, {
    open: (tag) => openElement(localName(tag.name), tag.attributes, at, cells),
    text: (chunk) => collectText(at, chunk),
    close: (tag) => closeElement(localName(tag.name), at, cells, context),
  });
  return cells;
}

function openElement(name: string, attributes: Readonly<Record<string, string>>, at: ScanState, cells: SheetCells): void {
  switch (name) {
    case 'c':
      return startCell(at, attributes);
    case 'v':
      return startValue(at);
    case 'f':
      at.hasFormula = true;
      return;
    case 'is':
      at.inInline = true;
      at.text = '';
      return;
    case 't':
      if (at.inInline && at.phonetic === 0) at.collecting = INLINE_TEXT;
      return;
    case 'rPh':
      at.phonetic++;
      return;
    case 'row':
      return startRow(at, attributes);
    case 'mergeCell':
      return keepPresent(cells.merges, attributes.ref);
    case 'tablePart':
      return keepPresent(cells.tableIds, attributeOf(attributes, 'id'));
    default:
      return;
  }
}

function closeElement(name: string, at: ScanState, cells: SheetCells, context: SheetContext): void {
  switch (name) {
    case 'c':
      return endCell(at, cells, context);
    case 'v':
    case 't':
      at.collecting = NONE;
      return;
    case 'is':
      at.inInline = false;
      return;
    case 'rPh':
      at.phonetic--;
      return;
    default:
      return;
  }
}

/** A row without a number follows the previous one; its cells count from the first column again. */
function startRow(at: ScanState, attributes: Readonly<Record<string, string>>): void {
  const r = attributes.r;
  at.row = r === undefined ? at.row + 1 : Number.parseInt(r, 10) || at.row + 1;
  at.col = 0;
}

/** A cell without an address follows the previous one in its row. */
function startCell(at: ScanState, attributes: Readonly<Record<string, string>>): void {
  const ref = attributes.r;
  at.col = ref === undefined ? at.col + 1 : columnOfRef(ref, at.col + 1);
  at.type = attributes.t;
  const s = attributes.s;
  at.style = s === undefined ? 0 : Number.parseInt(s, 10) || 0;
  at.text = '';
  at.collecting = NONE;
  at.hasValue = false;
  at.hasFormula = false;
}

/** An inline string's own text wins over a stray `<v>`. */
function startValue(at: ScanState): void {
  if (at.type === 'inlineStr' && at.hasValue) return;
  at.collecting = VALUE;
  at.text = '';
}

function collectText(at: ScanState, chunk: string): void {
  if (at.collecting === NONE) return;
  at.text += chunk;
  at.hasValue = true;
}

/** Keeps the cell when it holds a value and lies inside Excel's grid; notes its indent whether it holds one or not. */
function endCell(at: ScanState, cells: SheetCells, context: SheetContext): void {
  const { row, col, style } = at;
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return;
  const holdsValue = at.hasValue || at.hasFormula;
  const level = context.styles.indent[style] ?? 0;
  if (level > 0) cells.indented.push({ row, col, level, holdsValue });
  let value = holdsValue ? cellValueOf(at.type, at.text, style, at.hasFormula, context) : null;
  if (value === null) return;
  // A shared string is already one string for all its cells; the text of an inline string is new in every cell.
  if (typeof value === 'string' && at.type !== 's' && value.length <= SHARED_TEXT_LENGTH) value = sharedText(at.texts, value);
  cells.rows.push(row);
  cells.cols.push(col);
  cells.values.push(value);
}

function sharedText(texts: Map<string, string>, text: string): string {
  const known = texts.get(text);
  if (known !== undefined) return known;
  // A sheet of ever new short texts gains nothing from keeping them: past this many, new ones are no longer kept.
  if (texts.size < SHARED_TEXTS_KEPT) texts.set(text, text);
  return text;
}

function keepPresent(list: string[], value: string | undefined): void {
  if (value !== undefined) list.push(value);
}

/**
 * The column of an A1 reference (`AZ1` → 52), or `fallback` when the reference has no letters.
 */
function columnOfRef(ref: string, fallback: number): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? fallback : n;
}

/** `Number` reads '' and spaces as 0; a cell with no digits holds no number. */
function numberOf(raw: string): number {
  const n = Number(raw);
  return n === 0 && raw.trim() === '' ? Number.NaN : n;
}

function booleanOf(raw: string): boolean | null {
  const t = raw.trim();
  if (t === '1' || t === 'true') return true;
  if (t === '0' || t === 'false') return false;
  return null;
}

/** A `t="d"` cell holds an ISO 8601 date, date-time or time; Excel treats it as the serial number of that moment. */
function isoToSerial(raw: string, date1904: boolean): number {
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/.exec(raw.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return Number.NaN;
  const time = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86_400;
  if (m[1] === undefined) return time;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  return days + time + 25_569 - (date1904 ? 1462 : 0);
}
