import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { readZipRecords } from '../read/readZipRecords';
import { crc32 } from './crc32';
import { writeZip } from './writeZip';

async function inputZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>'.repeat(50), { createFolders: false });
  zip.folder('xl/media');
  zip.file('xl/media/image1.png', new Uint8Array([137, 80, 78, 71]), { compression: 'STORE', createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('writeZip', () => {
  it("carries the user's entries over byte for byte, still compressed, and adds new ones that any reader opens", async () => {
    const input = await inputZip();
    const records = readZipRecords(input);
    const text = Buffer.from('<worksheet>Yhteenveto – Sammanfattning</worksheet>');
    const added = { name: 'xl/worksheets/sheet2.xml', size: text.length, crc32: crc32(text), deflated: deflateRawSync(text), modified: 0 };
    const output = writeZip([...records.map((copy) => ({ copy, from: input })), added]);

    const read = await JSZip.loadAsync(output, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/',
      'xl/media/',
      'xl/media/image1.png',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(await read.file('xl/worksheets/sheet2.xml')!.async('string')).toBe(text.toString());
    expect(await read.file('xl/media/image1.png')!.async('uint8array')).toEqual(new Uint8Array([137, 80, 78, 71]));

    const copied = readZipRecords(output)[0]!;
    const original = records[0]!;
    expect(Buffer.from(output.subarray(copied.dataStart, copied.dataStart + copied.compressedSize))).toEqual(
      Buffer.from(input.subarray(original.dataStart, original.dataStart + original.compressedSize)),
    );
  });
});
