/** A workbook package with no sheets, for the package writer to add the consolidation's sheets to. */
import JSZip from 'jszip';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The four parts a SpreadsheetML package cannot be without: content types, the package's relationship to
 * the workbook, the workbook with an empty sheet list, and its relationships. The writer adds the styles
 * and the sheets, so the consolidated workbook is a new file of the tool's, not a copy of any unit's.
 * @example (await emptyWorkbookPackage()).subarray(0, 2).toString() //=> 'PK'
 */
export async function emptyWorkbookPackage(): Promise<Buffer> {
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, XML + text, { createFolders: false });
  add(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '</Types>',
  );
  add(
    '_rels/.rels',
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `<workbook xmlns="${SML}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  add('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG_REL}"/>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
