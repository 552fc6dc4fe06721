/** A workbook package with no sheets, for the package writer to add the consolidation's sheets to. */
import { packagePartsOf } from '../xlsx/package/packagePartsOf';
import { writeZip } from '../xlsx/package/writeZip';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
const line = (width: number) => `<a:ln w="${width}">${solid('000000')}</a:ln>`;
const three = (item: string) => item + item + item;
/** Office's default colours and fonts: a chart's bars take their fill from the theme's first accent, so without one LibreOffice draws none. */
const THEME =
  `<a:theme xmlns:a="${A}" name="Office"><a:themeElements><a:clrScheme name="Office">` +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  [
    ['dk2', '44546A'],
    ['lt2', 'E7E6E6'],
    ['accent1', '4472C4'],
    ['accent2', 'ED7D31'],
    ['accent3', 'A5A5A5'],
    ['accent4', 'FFC000'],
    ['accent5', '5B9BD5'],
    ['accent6', '70AD47'],
    ['hlink', '0563C1'],
    ['folHlink', '954F72'],
  ]
    .map(([name, colour]) => `<a:${name}><a:srgbClr val="${colour}"/></a:${name}>`)
    .join('') +
  '</a:clrScheme><a:fontScheme name="Office">' +
  '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${three('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>')}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${three('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>')}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements></a:theme>';

/**
 * The parts a SpreadsheetML package cannot be without: content types, the package's relationship to
 * the workbook, the workbook with an empty sheet list and its relationships, and a theme. The writer adds the styles
 * and the sheets, so the consolidated workbook is a new file of the tool's, not a copy of any unit's.
 * @example (await emptyWorkbookPackage()).subarray(0, 2).toString() //=> 'PK'
 */
export async function emptyWorkbookPackage(): Promise<Buffer> {
  // Zipped by the package writer's own parts, as every other package the CLI writes: an empty zip, then the parts.
  const pkg = packagePartsOf(writeZip([]));
  const add = (name: string, text: string) => pkg.write(name, XML + text);
  add(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
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
  add(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`,
  );
  add('xl/theme/theme1.xml', THEME);
  return pkg.toZip();
}
