import JSZip from 'jszip';
import { readZipRecords } from './readZipRecords';

describe('readZipRecords', () => {
  it('lists every record in the order the directory has them, folders and stored spellings included', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.folder('xl');
    zip.file('xl\\Workbook.xml', '<workbook/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const records = readZipRecords(bytes);
    expect(records.map((r) => [r.name, r.folder])).toEqual([
      ['[Content_Types].xml', false],
      ['xl/', true],
      ['xl/Workbook.xml', false],
    ]);
    expect(Buffer.from(records[2]!.storedName).toString()).toBe('xl\\Workbook.xml');
    expect(records[2]!.size).toBe('<workbook/>'.length);
    expect(records[2]!.crc32).toBe(0x13989ece);
  });
});
