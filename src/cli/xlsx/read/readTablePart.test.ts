import { SML, zipParts } from '../../../../fixtures/xlsxParts';
import { readTablePart } from './readTablePart';
import { readZipDirectory } from './readZipDirectory';

async function read(xml: string) {
  const bytes = await zipParts({ 'xl/tables/table1.xml': xml });
  return readTablePart(bytes, readZipDirectory(bytes).get('xl/tables/table1.xml')!);
}

describe('readTablePart', () => {
  it('shows the headers of a table as Excel writes it, without headerRowCount', async () => {
    expect(
      await read(
        `<table xmlns="${SML}" id="1" name="Toimenpiteet" displayName="Toimenpiteet" ref="B4:D6"><autoFilter ref="B4:D6"/></table>`,
      ),
    ).toEqual({
      name: 'Toimenpiteet',
      range: 'B4:D6',
      showHeaders: true,
    });
  });

  it('knows a table without a header row, and a prefixed part', async () => {
    expect(await read(`<x:table xmlns:x="${SML}" id="2" name="Kulut" displayName="Kulut" ref="A3:B5" headerRowCount="0"/>`)).toEqual({
      name: 'Kulut',
      range: 'A3:B5',
      showHeaders: false,
    });
  });

  it('gives null for a table part without a range', async () => {
    expect(await read(`<table xmlns="${SML}" id="3" name="Tyhja"/>`)).toBeNull();
  });
});
