import { excelFoldedLetters } from './excelFoldedLetters';
import { FOLDED_LETTERS, OCR_DIGITS } from '../text/foldText';

describe('excelFoldedLetters', () => {
  const expr = excelFoldedLetters('C7');
  it("folds every letter of foldText's table, lower-cased first", () => {
    expect(expr.endsWith(')')).toBe(true);
    expect(expr).toContain('LOWER(C7)');
    for (const [from, to] of Object.entries(FOLDED_LETTERS)) expect(expr).toContain(`,"${from}","${to}")`);
  });
  it('reads a decomposed ä/ö/å as the reader does after composing it, and a scan digit as its letter', () => {
    for (const mark of ['\u0308', '\u030a']) expect(expr).toContain(`,"${mark}","")`);
    for (const [digit, letter] of Object.entries(OCR_DIGITS)) expect(expr).toContain(`,"${digit}","${letter}")`);
  });
});
