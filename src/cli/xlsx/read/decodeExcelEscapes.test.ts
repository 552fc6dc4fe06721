import { decodeExcelEscapes } from './decodeExcelEscapes';

describe('decodeExcelEscapes', () => {
  it("turns Excel's _xHHHH_ escapes into the characters they stand for", () => {
    expect(decodeExcelEscapes('Ei_x000D_\nkorona')).toBe('Ei\r\nkorona');
    expect(decodeExcelEscapes('Kyllä_x0009_2024')).toBe('Kyllä\t2024');
  });

  it('leaves other text alone', () => {
    expect(decodeExcelEscapes('tavoite_x1 ja _xABCD')).toBe('tavoite_x1 ja _xABCD');
  });
});
