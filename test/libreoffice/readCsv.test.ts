import { readCsv } from './readCsv';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks as LibreOffice writes them', () => {
    expect(readCsv('"Ei /\nkorona",TRUE,"a,""b"""\r\nKyllä,,1\n')).toEqual([
      ['Ei /\nkorona', 'TRUE', 'a,"b"'],
      ['Kyllä', '', '1'],
    ]);
  });
});
