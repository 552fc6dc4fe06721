/** Why a file cannot be read as a workbook: the user's file, not our code, is at fault. */

/** Each reason has its own line in the locales, telling the user what to do. */
export type UnreadableReason =
  /** An OLE compound file holding an EncryptionInfo stream: a password-protected workbook. */
  | 'encrypted'
  /** An OLE compound file with a workbook stream: Excel 97–2003 (.xls). */
  | 'legacyXls'
  /** A zip whose mimetype says OpenDocument spreadsheet. */
  | 'ods'
  /** A package whose workbook part is binary (.xlsb). */
  | 'xlsb'
  /** Text (CSV, tab-separated, HTML) with an .xlsx name. */
  | 'text'
  /** Excel's owner file (`~$name.xlsx`), left beside a workbook while it is open: in a folder run it comes along. */
  | 'lockFile'
  /** Some other file: a Word document, an image, a zip of something else. */
  | 'notWorkbook'
  /** A zip that is truncated or whose data does not inflate. */
  | 'corrupt'
  /** A part of the package that is not well-formed XML. */
  | 'damagedPart'
  /** A part with a DOCTYPE: never written by Excel, and the way in for entity bombs and external entities. */
  | 'doctype'
  /** A sheet whose used area is too large to hand over as a grid. */
  | 'sheetTooLarge';

export interface UnreadableDetail {
  /** The package part at fault, where there is one (e.g. `xl/worksheets/sheet1.xml`). */
  part?: string;
  /** The sheet at fault and its used area, for `sheetTooLarge`. */
  sheet?: string;
  range?: string;
}

/** Thrown inside the reader and caught at its edge; anything else thrown there is a fault of ours. */
export class WorkbookUnreadable extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: UnreadableDetail = {},
  ) {
    super(`${reason}${detail.part ? ` (${detail.part})` : ''}`);
    this.name = 'WorkbookUnreadable';
  }
}
