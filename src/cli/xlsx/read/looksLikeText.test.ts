import { looksLikeText } from './looksLikeText';

describe('looksLikeText', () => {
  it('knows CSV in UTF-8, in Windows-1252 and in UTF-16 for text', () => {
    expect(looksLikeText(Buffer.from('Toimenpide;Vastuuhenkilö;Tila\r\nAsiakasohjaus;Anna;Valmis\r\n'))).toBe(true);
    expect(looksLikeText(Buffer.from('Toimenpide;Vastuuhenkil\xf6;Tila\n', 'latin1'))).toBe(true);
    expect(looksLikeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Åtgärd\tStatus', 'utf16le')]))).toBe(true);
  });

  it('knows binary files and empty files for what they are not', () => {
    expect(looksLikeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(false);
    expect(looksLikeText(Buffer.alloc(0))).toBe(false);
  });
});
