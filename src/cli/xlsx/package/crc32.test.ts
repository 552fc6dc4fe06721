import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the check value every zip reader verifies a part against', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('<workbook/>'))).toBe(0x13989ece);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('chains over a part zipped a chunk at a time', () => {
    expect(crc32(Buffer.from('6789'), crc32(Buffer.from('12345')))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0), 0xcbf43926)).toBe(0xcbf43926);
  });
});
