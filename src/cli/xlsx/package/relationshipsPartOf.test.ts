import { relationshipsPartOf } from './relationshipsPartOf';

describe('relationshipsPartOf', () => {
  it("names the relationships part beside a part's folder, and the package's own", () => {
    expect(relationshipsPartOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relationshipsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relationshipsPartOf('')).toBe('_rels/.rels');
  });
});
