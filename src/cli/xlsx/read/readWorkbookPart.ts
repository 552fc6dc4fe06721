/** The workbook part: its sheets in tab order and its date system. */
import { attributeOf } from './attributeOf';
import type { ZipEntry } from './readZipDirectory';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';
import { WorkbookUnreadable } from './workbookUnreadable';

export interface WorkbookSheetEntry {
  name: string;
  /** The relationship id that leads to the sheet's part. */
  relationshipId: string;
  visible: boolean;
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  /** Serial dates count from 1904-01-01 (Mac Excel's old default) instead of 1900. */
  date1904: boolean;
}

/**
 * Reads `<sheets>` and `<workbookPr date1904>`; a part whose root is not `workbook` (a Word or
 * PowerPoint document's main part) throws `WorkbookUnreadable('notWorkbook')`.
 * @example (await readWorkbookPart(bytes, zip.get('xl/workbook.xml')!)).sheets.map((s) => s.name) //=> ['Lastensuojelu', 'Talous']
 */
export async function readWorkbookPart(bytes: Uint8Array, entry: ZipEntry): Promise<WorkbookPart> {
  const result: WorkbookPart = { sheets: [], date1904: false };
  let root: string | null = null;
  await scanXmlPart(bytes, entry, {
    open(tag) {
      const name = localName(tag.name);
      const attributes = tag.attributes;
      root ??= name;
      if (name === 'workbookPr') result.date1904 = isTrue(attributes.date1904);
      else if (name === 'sheet') {
        const state = attributes.state;
        result.sheets.push({
          name: attributes.name ?? '',
          relationshipId: attributeOf(attributes, 'id') ?? '',
          visible: state !== 'hidden' && state !== 'veryHidden',
        });
      }
    },
  });
  if (root !== 'workbook') throw new WorkbookUnreadable('notWorkbook');
  return result;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
