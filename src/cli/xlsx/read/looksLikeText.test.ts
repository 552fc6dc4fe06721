import { looksLikeText } from './looksLikeText';

describe('looksLikeText', () => {
  it('knows CSV in UTF-8, in Windows-1252 and in UTF-16 for text', () => {
    expect(looksLikeText(Buffer.from('Toimenpide;Vastuuhenkilö;Tila\r\nAsiakasohjaus;Anna;Valmis\r\n'))).toBe(true);
    expect(looksLikeText(Buffer.from('Toimenpide;Vastuuhenkil\xf6;Tila\n', 'latin1'))).toBe(true);
    expect(looksLikeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Åtgärd\tStatus', 'utf16le')]))).toBe(true);
  });

  it('knows UTF-16 and UTF-32 text without a byte-order mark by where its zero bytes fall', () => {
    const csv = 'Toimenpide;Tila\r\nAsiakasohjaus;Valmis\r\n';
    expect(looksLikeText(Buffer.from(csv, 'utf16le'))).toBe(true);
    expect(looksLikeText(Buffer.from(csv, 'utf16le').swap16())).toBe(true);
    const utf32 = Buffer.alloc(csv.length * 4);
    [...csv].forEach((ch, i) => utf32.writeUInt32LE(ch.charCodeAt(0), i * 4));
    expect(looksLikeText(utf32)).toBe(true);
    expect(looksLikeText(Buffer.from(utf32).swap32())).toBe(true);
  });

  it('knows binary files and empty files for what they are not', () => {
    expect(looksLikeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(false);
    expect(looksLikeText(Buffer.alloc(0))).toBe(false);
    expect(looksLikeText(Buffer.from('504b0304140000000800b4614b59', 'hex'))).toBe(false);
  });
});
