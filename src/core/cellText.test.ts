import fc from 'fast-check';
import { cellText } from './cellText';

/** The definition cellText must keep, whatever shortcut it takes for texts that are already tidy. */
const tidy = (text: string) => text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();

describe('cellText', () => {
  it('tidies what OCR and copy-paste leave in the seeds: line breaks, leading spaces, no-break spaces', () => {
    expect(cellText('  Ei /\n korona ')).toBe('Ei / korona');
    expect(cellText('Työn\r\nalla')).toBe('Työn alla');
    expect(cellText('\u00a0Kyllä\u202f')).toBe('Kyllä');
    expect(cellText('Vastuu-\thenkilö')).toBe('Vastuu- henkilö');
    expect(cellText('Tavoite  2024')).toBe('Tavoite 2024');
  });

  it('gives a tidy text back as it is', () => {
    const text = 'Toimenpide/kansalaispalvelut';
    expect(cellText(text)).toBe(text);
  });

  it('writes numbers, booleans and dates as a person reads them, and empties and errors as nothing', () => {
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06-30');
    expect(cellText(null)).toBe('');
    expect(cellText({ error: '#REF!' })).toBe('');
  });

  it('agrees with the plain replace-and-trim on any text, white space of every kind included', () => {
    const spacey = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\u00a0',
      '\u2007',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u2028',
      'a',
      'ö',
      '6',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(spacey).map((parts) => parts.join('')),
        ),
        (text) => {
          expect(cellText(text)).toBe(tidy(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
