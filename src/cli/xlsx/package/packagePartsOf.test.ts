import JSZip from 'jszip';
import { packagePartsOf } from './packagePartsOf';

async function input(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>', { createFolders: false });
  zip.file('xl/Workbook.xml', '\ufeff<workbook><sheets/></workbook>', { createFolders: false });
  zip.file('xl/calcChain.xml', '<calcChain/>', { createFolders: false });
  zip.file('xl/worksheets/sheet1.xml', '<worksheet/>', { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('packagePartsOf', () => {
  it('reads parts by name whatever their case, without a byte-order mark', async () => {
    const pkg = packagePartsOf(await input());
    expect(pkg.has('xl/workbook.xml')).toBe(true);
    expect(await pkg.readText('XL/WORKBOOK.XML')).toBe('<workbook><sheets/></workbook>');
    expect(await pkg.readText('xl/styles.xml')).toBeNull();
  });

  it('zips edited parts in their places under their own spelling, new parts last, removed parts gone', async () => {
    const pkg = packagePartsOf(await input());
    pkg.write('xl/workbook.xml', '<workbook><sheets><sheet name="Yhteenveto"/></sheets></workbook>');
    pkg.write('xl/worksheets/sheet2.xml', '<worksheet>Yhteenveto</worksheet>');
    pkg.remove('xl/calcchain.xml');
    expect(await pkg.readText('xl/worksheets/sheet2.xml')).toBe('<worksheet>Yhteenveto</worksheet>');

    const zip = await JSZip.loadAsync(await pkg.toZip(), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([
      '[Content_Types].xml',
      'xl/Workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(await zip.file('xl/Workbook.xml')!.async('string')).toContain('Yhteenveto');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe('<worksheet/>');
  });

  it('zips a part written a chunk at a time as one whole part any zip reader checks and reads', async () => {
    const pkg = packagePartsOf(await input());
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Käynnissä, myöhässä ${r}</t></is></c></row>`;
    function* chunks(): Generator<string> {
      yield '<worksheet><sheetData>';
      for (let r = 1; r <= 60_000; r++) yield row(r);
      yield '</sheetData></worksheet>';
    }
    pkg.write('xl/worksheets/sheet2.xml', chunks());
    const whole = ['<worksheet><sheetData>', ...Array.from({ length: 60_000 }, (_, i) => row(i + 1)), '</sheetData></worksheet>'].join('');
    // Past one chunk's million characters: several deflated pieces under one final block.
    expect(whole.length).toBeGreaterThan(3_000_000);
    expect(await pkg.readText('xl/worksheets/sheet2.xml')).toBe(whole);
    const zip = await JSZip.loadAsync(await pkg.toZip(), { checkCRC32: true });
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toBe(whole);
  });
});
