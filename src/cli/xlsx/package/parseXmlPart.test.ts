import { parseXmlPart } from './parseXmlPart';

describe('parseXmlPart', () => {
  it('reads a part into a document the writer can edit', () => {
    const doc = parseXmlPart(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"/></Types>',
      '[Content_Types].xml',
    );
    expect(doc.documentElement?.getElementsByTagName('Default').length).toBe(1);
  });

  it('refuses a part that is not well-formed, naming it, so the writer falls back instead of writing it broken', () => {
    expect(() => parseXmlPart('<workbook><sheets></workbook>', 'xl/workbook.xml')).toThrow(/xl\/workbook\.xml: /);
  });
});
