import { SML, zipParts } from '../../../../fixtures/xlsxParts';
import { readSharedStrings } from './readSharedStrings';
import { readZipDirectory } from './readZipDirectory';

async function read(xml: string): Promise<string[]> {
  const bytes = await zipParts({ 'xl/sharedStrings.xml': xml });
  return readSharedStrings(bytes, readZipDirectory(bytes).get('xl/sharedstrings.xml'));
}

describe('readSharedStrings', () => {
  it('joins rich text runs, plain text before them too, and leaves phonetic guides out', async () => {
    const strings = await read(
      `<sst xmlns="${SML}"><si><t>Ei /</t><r><rPr><i/></rPr><t xml:space="preserve">\nkorona</t></r></si>` +
        '<si><r><t>Kyllä</t></r><r><t xml:space="preserve">, osittain</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>',
    );
    expect(strings).toEqual(['Ei /\nkorona', 'Kyllä, osittain', '東京']);
  });

  it('keeps the index of every item: an empty <si/> is an empty text; CDATA and escapes are read', async () => {
    const strings = await read(
      `<x:sst xmlns:x="${SML}"><x:si/><x:si><x:t><![CDATA[A & B <1>]]></x:t></x:si><x:si><x:t>Rivi_x000D_</x:t></x:si></x:sst>`,
    );
    expect(strings).toEqual(['', 'A & B <1>', 'Rivi\r']);
  });

  it('gives none for a workbook without a shared string table', async () => {
    expect(await readSharedStrings(new Uint8Array(0), undefined)).toEqual([]);
  });
});
