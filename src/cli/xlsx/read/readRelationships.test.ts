import { PKG_REL, REL, zipParts } from '../../../../fixtures/xlsxParts';
import { readRelationships } from './readRelationships';
import { readZipDirectory } from './readZipDirectory';

async function relsOf(parts: Record<string, string>, source: string) {
  const bytes = await zipParts(parts);
  return readRelationships(bytes, readZipDirectory(bytes), source);
}

describe('readRelationships', () => {
  it('resolves relative, parent and absolute targets to part names, and leaves external ones out', async () => {
    const rels = await relsOf(
      {
        'xl/worksheets/_rels/sheet1.xml.rels':
          `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/table" Target="/xl/tables/table2.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/hyperlink" Target="https://example.fi/%E4" TargetMode="External"/></Relationships>`,
      },
      'xl/worksheets/sheet1.xml',
    );
    expect(rels).toEqual([
      { id: 'rId1', kind: 'table', part: 'xl/tables/table1.xml' },
      { id: 'rId2', kind: 'table', part: 'xl/tables/table2.xml' },
      { id: 'rId3', kind: 'hyperlink', part: null },
    ]);
  });

  it("reads the package's own relationships, prefixed or not", async () => {
    const rels = await relsOf(
      {
        '_rels/.rels': `<p:Relationships xmlns:p="${PKG_REL}"><p:Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="workbook.xml"/></p:Relationships>`,
      },
      '',
    );
    expect(rels).toEqual([{ id: 'rId1', kind: 'officeDocument', part: 'workbook.xml' }]);
  });

  it('gives none for a part without relationships', async () => {
    expect(await relsOf({ 'xl/workbook.xml': '<workbook/>' }, 'xl/workbook.xml')).toEqual([]);
  });
});
