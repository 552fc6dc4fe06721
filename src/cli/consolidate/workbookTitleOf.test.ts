import { sheetXml, xlsxPackage, PKG_REL, REL } from '../../../fixtures/xlsxParts';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { excelTableLayout } from '../../../fixtures/layouts';
import { workbookTitleOf } from './workbookTitleOf';

const CORE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const sheets = [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Tila</t></is></c></row>') }];

/** A core properties part with the given title element (or none). */
const coreXml = (title: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  `${title}<dc:creator>Maija Meikäläinen</dc:creator></cp:coreProperties>`;

/** Package relationships to the workbook and to the core properties at `corePart`. */
const packageRels = (corePart: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${CORE_REL}" Target="${corePart}"/></Relationships>`;

describe('workbookTitleOf', () => {
  it('reads the title Excel keeps in the document properties', async () => {
    const bytes = await workbookDataToXlsx({ fileName: null, sheets: [excelTableLayout] }, { title: 'Perhekeskus, Harjavalta' });
    expect(await workbookTitleOf(bytes)).toBe('Perhekeskus, Harjavalta');
  });

  it('finds the properties wherever the package’s relationships say they are', async () => {
    const bytes = await xlsxPackage({
      sheets,
      extra: {
        '_rels/.rels': packageRels('props/ominaisuudet.xml'),
        'props/ominaisuudet.xml': coreXml('<dc:title>Kotihoito &amp; kotisairaanhoito, Pori</dc:title>'),
        'docProps/core.xml': coreXml('<dc:title>Väärä</dc:title>'),
      },
    });
    expect(await workbookTitleOf(bytes)).toBe('Kotihoito & kotisairaanhoito, Pori');
  });

  it('gives no title for a workbook without properties, with an empty title or with a damaged properties part', async () => {
    expect(await workbookTitleOf(await xlsxPackage({ sheets }))).toBeNull();
    const withCore = (core: string) =>
      xlsxPackage({ sheets, extra: { '_rels/.rels': packageRels('docProps/core.xml'), 'docProps/core.xml': core } });
    expect(await workbookTitleOf(await withCore(coreXml('<dc:title>  </dc:title>')))).toBeNull();
    expect(await workbookTitleOf(await withCore(coreXml('')))).toBeNull();
    expect(await workbookTitleOf(await withCore('<cp:coreProperties><dc:title>Kesken'))).toBeNull();
    expect(
      await workbookTitleOf(
        await withCore(
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "Pommi">]><cp:coreProperties><dc:title>&e;</dc:title></cp:coreProperties>',
        ),
      ),
    ).toBeNull();
  });
});
