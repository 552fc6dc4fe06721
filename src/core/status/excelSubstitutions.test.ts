import { excelSubstitutions } from './excelSubstitutions';

describe('excelSubstitutions', () => {
  it('applies the replacements in order, the first innermost', () => {
    expect(
      excelSubstitutions('LOWER(E5)', [
        ['ä', 'a'],
        ['a', 'b'],
      ]),
    ).toBe('SUBSTITUTE(SUBSTITUTE(LOWER(E5),"ä","a"),"a","b")');
  });
  it('names control characters by CHAR and writes every other character as itself, quotes doubled', () => {
    expect(
      excelSubstitutions('E5', [
        ['\n', ' '],
        ['\u00a0', ' '],
        ['"', ''],
      ]),
    ).toBe('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(E5,CHAR(10)," "),"\u00a0"," "),"""","")');
  });
});
