import { excelString } from './excelString';

describe('excelString', () => {
  it('quotes a text and doubles the quotes inside it, so a status or a sheet name cannot end the string early', () => {
    expect(excelString('ei aloitettu')).toBe('"ei aloitettu"');
    expect(excelString('"valmis"')).toBe('"""valmis"""');
    expect(excelString('')).toBe('""');
  });
});
