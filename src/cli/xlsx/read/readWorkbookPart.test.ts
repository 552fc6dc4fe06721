import { REL, SML, zipParts } from '../../../../fixtures/xlsxParts';
import { readWorkbookPart } from './readWorkbookPart';
import { readZipDirectory } from './readZipDirectory';

async function read(xml: string) {
  const bytes = await zipParts({ 'xl/workbook.xml': xml });
  return readWorkbookPart(bytes, readZipDirectory(bytes).get('xl/workbook.xml')!);
}

describe('readWorkbookPart', () => {
  it('lists the sheets in tab order with their relationship and whether they show', async () => {
    const part = await read(
      `<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="Seuranta" sheetId="3" r:id="rId3"/>` +
        '<sheet name="Apu" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Koodit" sheetId="2" state="veryHidden" r:id="rId2"/></sheets></workbook>',
    );
    expect(part).toEqual({
      date1904: false,
      sheets: [
        { name: 'Seuranta', relationshipId: 'rId3', visible: true },
        { name: 'Apu', relationshipId: 'rId1', visible: false },
        { name: 'Koodit', relationshipId: 'rId2', visible: false },
      ],
    });
  });

  it('knows the 1904 date system, with x: prefixes', async () => {
    const part = await read(
      `<x:workbook xmlns:x="${SML}" xmlns:rel="${REL}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Talous" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
    );
    expect(part).toEqual({ date1904: true, sheets: [{ name: 'Talous', relationshipId: 'rId1', visible: true }] });
  });

  it("refuses a main part that is not a workbook (a Word document's)", async () => {
    await expect(read('<w:document xmlns:w="urn:w"><w:body/></w:document>')).rejects.toMatchObject({ reason: 'notWorkbook' });
  });
});
