import { xmlDecoderFor } from './xmlDecoderFor';

const text = (bytes: number[]): string => {
  const b = new Uint8Array(bytes);
  return xmlDecoderFor(b).decode(b);
};

describe('xmlDecoderFor', () => {
  it('reads UTF-8 with or without its byte-order mark, the mark dropped', () => {
    expect(text([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e])).toBe('<a/>');
    expect(text([0x3c, 0x61, 0x2f, 0x3e])).toBe('<a/>');
  });

  it('reads UTF-16 of either byte order, by its mark or by how "<" is written', () => {
    expect(text([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00])).toBe('<a');
    expect(text([0x3c, 0x00, 0x61, 0x00])).toBe('<a');
    expect(text([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61])).toBe('<a');
    expect(text([0x00, 0x3c, 0x00, 0x61])).toBe('<a');
  });

  it('refuses bytes that are not UTF-8 rather than guessing', () => {
    expect(() => text([0x3c, 0xff, 0x3e])).toThrow();
  });
});
