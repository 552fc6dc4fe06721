/** The CLI's .xlsx reader: the package's bytes in, the core's WorkbookData out, one sheet at a time. */
import { inflateRawSync } from 'node:zlib';
import { isGeneratedGrid, type ExcelTable, type Grid, type WorkbookData } from '../../../core';
import { looksLikeText } from './looksLikeText';
import { oleFileReason } from './oleFileReason';
import { readRelationships, type PartRelationship } from './readRelationships';
import { readSharedStrings } from './readSharedStrings';
import { readSheetPart, type SheetContext } from './readSheetPart';
import { readStyles } from './readStyles';
import { readTablePart } from './readTablePart';
import { readWorkbookPart } from './readWorkbookPart';
import { readZipDirectory, type ZipDirectory, type ZipEntry } from './readZipDirectory';
import { sheetCellsToGrid } from './sheetCellsToGrid';
import { WorkbookUnreadable } from './workbookUnreadable';

export interface ReadXlsxOptions {
  /**
   * Called with each sheet's grid as it is read, in tab order; says whether the result keeps it (all are kept without
   * it). The tool's own sheets are always kept: the history and the writer need them.
   */
  eachSheet?: (grid: Grid) => boolean;
}

const ZIP_MAGIC = [0x50, 0x4b];
/** Excel's owner file holds the user's name, twice: 165 bytes in practice. */
const LOCK_FILE_MAX = 1024;
const ODF_MIMETYPE = 'application/vnd.oasis.opendocument.';
const ODF_SPREADSHEET = `${ODF_MIMETYPE}spreadsheet`;

/**
 * Every worksheet in tab order as a Grid (chart sheets, dialog sheets and macro sheets are left out,
 * as they were when ExcelJS read the file). Parts are found through the package's relationships wherever they sit and whatever prefix
 * their XML uses; Transitional and Strict OOXML alike. A file that is no readable workbook throws
 * `WorkbookUnreadable` with the reason to tell the user; anything else thrown is a fault of ours. With `eachSheet`, a
 * caller works on each sheet as it is read and lets go of the grids it is done with.
 * @example (await readXlsxPackage(readFileSync('seuranta.xlsx'), 'seuranta.xlsx')).sheets.map((g) => g.sheet) //=> ['Lastensuojelu', 'Talous']
 */
export async function readXlsxPackage(bytes: Uint8Array, fileName: string | null, options: ReadXlsxOptions = {}): Promise<WorkbookData> {
  const zip = openZip(bytes, fileName);
  refuseOpenDocument(bytes, zip);
  const workbookPart = await workbookPartOf(bytes, zip);
  const workbook = await readWorkbookPart(bytes, entryOf(zip, workbookPart));
  const rels = await readRelationships(bytes, zip, workbookPart);
  const target = (kind: string) => zip.get(rels.find((r) => r.kind === kind)?.part?.toLowerCase() ?? '');
  const context: SheetContext = {
    styles: await readStyles(bytes, target('styles')),
    sharedStrings: await readSharedStrings(bytes, target('sharedStrings')),
    date1904: workbook.date1904,
  };

  const sheets: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.find((r) => r.id === sheet.relationshipId);
    const entry = rel?.kind === 'worksheet' && rel.part !== null ? zip.get(rel.part.toLowerCase()) : undefined;
    if (entry === undefined || rel?.part == null) continue;
    const cells = await readSheetPart(bytes, entry, context);
    const tables = await tablesOf(bytes, zip, rel.part, cells.tableIds);
    const grid = sheetCellsToGrid(sheet.name, sheet.visible, cells, tables);
    if ((options.eachSheet?.(grid) ?? true) || isGeneratedGrid(grid)) sheets.push(grid);
  }
  return { fileName, sheets };
}

/** The zip's directory; an encrypted workbook, an .xls, Excel's lock file, text or other bytes are told apart first. */
function openZip(bytes: Uint8Array, fileName: string | null): ZipDirectory {
  if (bytes.length === 0) throw new WorkbookUnreadable('corrupt');
  const ole = oleFileReason(bytes);
  if (ole !== null) throw new WorkbookUnreadable(ole);
  const zipLike = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!zipLike && fileName?.startsWith('~$') && bytes.length <= LOCK_FILE_MAX) throw new WorkbookUnreadable('lockFile');
  if (!zipLike && looksLikeText(bytes)) throw new WorkbookUnreadable('text');
  return readZipDirectory(bytes);
}

/**
 * OpenDocument packages name their kind in a first `mimetype` entry, and again in their manifest
 * (which is all some writers leave).
 */
function refuseOpenDocument(bytes: Uint8Array, zip: ZipDirectory): void {
  const mimetype = smallEntryText(bytes, zip.get('mimetype'), 200)?.trim() ?? '';
  const manifest =
    mimetype === '' && !zip.has('[content_types].xml') ? smallEntryText(bytes, zip.get('meta-inf/manifest.xml'), 1_000_000) : null;
  if (mimetype.startsWith(ODF_SPREADSHEET) || manifest?.includes(`"${ODF_SPREADSHEET}"`)) throw new WorkbookUnreadable('ods');
  if (mimetype.startsWith(ODF_MIMETYPE) || manifest?.includes(ODF_MIMETYPE)) throw new WorkbookUnreadable('notWorkbook');
}

function smallEntryText(bytes: Uint8Array, entry: ZipEntry | undefined, limit: number): string | null {
  if (entry === undefined || entry.size > limit) return null;
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  try {
    return new TextDecoder().decode(entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: limit }));
  } catch {
    // Not readable as text: then it tells nothing of the package's kind, and the parts are read as usual.
    return null;
  }
}

/** The part the package's `officeDocument` relationship names; `xl/workbook.xml` for a package without relationships. */
async function workbookPartOf(bytes: Uint8Array, zip: ZipDirectory): Promise<string> {
  const main = (await readRelationships(bytes, zip, '')).find((r) => r.kind === 'officeDocument')?.part;
  const part = main ?? (zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (part === null) throw new WorkbookUnreadable(zip.has('xl/workbook.bin') ? 'xlsb' : 'notWorkbook');
  if (part.toLowerCase().endsWith('.bin')) throw new WorkbookUnreadable('xlsb');
  return part;
}

function entryOf(zip: ZipDirectory, part: string): ZipEntry {
  const entry = zip.get(part.toLowerCase());
  // The package names a workbook part it does not hold.
  if (entry === undefined) throw new WorkbookUnreadable('corrupt', { part });
  return entry;
}

async function tablesOf(bytes: Uint8Array, zip: ZipDirectory, sheetPart: string, ids: readonly string[]): Promise<ExcelTable[]> {
  if (ids.length === 0) return [];
  const rels: PartRelationship[] = await readRelationships(bytes, zip, sheetPart);
  const tables: ExcelTable[] = [];
  for (const id of ids) {
    const part = rels.find((r) => r.id === id && r.kind === 'table')?.part;
    const entry = part == null ? undefined : zip.get(part.toLowerCase());
    const table = entry === undefined ? null : await readTablePart(bytes, entry);
    if (table !== null) tables.push(table);
  }
  return tables;
}
