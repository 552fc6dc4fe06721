/** The styles part, reduced to what the grid needs per cell style: is it a date, and its indent. */
import type { ZipEntry } from './readZipDirectory';
import { isDateFormatCode } from './isDateFormatCode';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';

export interface CellStyles {
  /** By cell style index (`s` of a cell): its number format shows a date or a time. */
  isDate: readonly boolean[];
  /** By cell style index: the alignment's indent level (0 when none). */
  indent: readonly number[];
}

/** Excel's built-in number formats that are dates or times (14–22, 45–47; 27–36 and 50–58 are East Asian dates). */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Reads `numFmts` and `cellXfs` (not the cell style or differential formats, which cells do not
 * point at by `s`); a workbook without a styles part has no dates and no indents.
 * @example (await readStyles(bytes, zip.get('xl/styles.xml'))).isDate[3] //=> true (numFmtId 14)
 */
export async function readStyles(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<CellStyles> {
  const codes = new Map<number, string>();
  const xfs: { numFmtId: number; indent: number }[] = [];
  if (entry !== undefined) {
    let inNumFmts = false;
    let inCellXfs = false;
    let xf: { numFmtId: number; indent: number } | null = null;
    await scanXmlPart(bytes, entry, {
      open(tag) {
        const name = localName(tag.name);
        const attributes = tag.attributes;
        if (name === 'numFmts') inNumFmts = true;
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'numFmt' && inNumFmts) codes.set(toInt(attributes.numFmtId), attributes.formatCode ?? '');
        else if (name === 'xf' && inCellXfs) {
          xf = { numFmtId: toInt(attributes.numFmtId), indent: 0 };
          xfs.push(xf);
        } else if (name === 'alignment' && xf !== null) xf.indent = Math.max(0, toInt(attributes.indent));
      },
      close(tag) {
        const name = localName(tag.name);
        if (name === 'numFmts') inNumFmts = false;
        else if (name === 'cellXfs') inCellXfs = false;
        else if (name === 'xf') xf = null;
      },
    });
  }
  return {
    isDate: xfs.map(({ numFmtId }) => {
      const code = codes.get(numFmtId);
      return code === undefined ? BUILT_IN_DATE_IDS.has(numFmtId) : isDateFormatCode(code);
    }),
    indent: xfs.map((x) => x.indent),
  };
}

function toInt(value: string | undefined): number {
  const n = value === undefined ? 0 : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : 0;
}
