import { excelFoldedLetters } from './excelFoldedLetters';
import { excelFoldedText } from './excelFoldedText';

describe('excelFoldedText', () => {
  const expr = excelFoldedText('C7', 'q');
  it('pads the folded, trimmed text with a space each side', () => {
    expect(expr.startsWith('" "&TRIM(')).toBe(true);
    expect(expr.endsWith(')&" "')).toBe(true);
    expect(expr).toContain(excelFoldedLetters('C7'));
  });
  it('makes every white space cellText tidies a space: line breaks, tabs, no-break and other Unicode spaces', () => {
    for (const space of ['CHAR(10)', 'CHAR(13)', 'CHAR(9)', '"\u00a0"', '"\u202f"', '"\u2003"', '"\u3000"', '"\ufeff"']) {
      expect(expr).toContain(`,${space}," ")`);
    }
    expect(expr).not.toContain('"\u200b"');
  });
  it('makes the digits the stand-in letter, all but the one a scan reads as a letter', () => {
    for (const digit of '012345789') expect(expr).toContain(`,"${digit}","q")`);
    expect(expr).not.toContain(',"6","q")');
  });
});
