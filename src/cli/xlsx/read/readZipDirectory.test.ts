import { zipParts } from '../../../../fixtures/xlsxParts';
import { readZipDirectory } from './readZipDirectory';
import { WorkbookUnreadable } from './workbookUnreadable';

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof WorkbookUnreadable) return e.reason;
    throw e;
  }
  return 'read';
}

describe('readZipDirectory', () => {
  it('lists every file by lower-case name with where its data starts', async () => {
    const bytes = await zipParts({ 'xl/Workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' });
    const zip = readZipDirectory(bytes);
    expect([...zip.keys()].sort()).toEqual(['[content_types].xml', 'xl/workbook.xml']);
    const entry = zip.get('xl/workbook.xml');
    expect(entry?.name).toBe('xl/Workbook.xml');
    expect(entry?.size).toBe('<workbook/>'.length);
    expect(bytes.subarray(entry!.dataStart, entry!.dataStart + entry!.compressedSize).length).toBe(entry!.compressedSize);
  });

  it('reads names written with Windows folder separators as part names', async () => {
    const zip = readZipDirectory(await zipParts({ 'xl\\workbook.xml': '<workbook/>', '_rels\\.rels': '<Relationships/>' }));
    expect([...zip.keys()].sort()).toEqual(['_rels/.rels', 'xl/workbook.xml']);
  });

  it('calls a zip cut short (a download broken off) corrupt', async () => {
    const bytes = await zipParts({ 'xl/workbook.xml': '<workbook/>'.repeat(200), 'xl/worksheets/sheet1.xml': '<worksheet/>'.repeat(500) });
    expect(reasonOf(() => readZipDirectory(bytes.subarray(0, Math.floor(bytes.length / 2))))).toBe('corrupt');
  });

  it('calls a directory that points past the end of the file corrupt', async () => {
    const bytes = Buffer.from(await zipParts({ 'xl/workbook.xml': '<workbook/>' }));
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(bytes.length + 100, end + 16);
    expect(reasonOf(() => readZipDirectory(bytes))).toBe('corrupt');
  });

  it('says bytes with no zip in them are not a workbook', () => {
    expect(reasonOf(() => readZipDirectory(Buffer.from('GIF89a\u0001\u0000\u0001\u0000')))).toBe('notWorkbook');
  });
});
