import fc from 'fast-check';
import { spreadsheetErrorOf } from './spreadsheetErrorOf';

describe('spreadsheetErrorOf', () => {
  it('gives the error of an error cell, and of a text that is exactly an error value', () => {
    expect(spreadsheetErrorOf({ error: '#REF!' })).toBe('#REF!');
    expect(spreadsheetErrorOf(' #N/A ')).toBe('#N/A');
    expect(spreadsheetErrorOf('#div/0!')).toBe('#DIV/0!');
  });

  it('leaves data alone, even text that mentions an error', () => {
    expect(spreadsheetErrorOf('#REF! korjattu')).toBeNull();
    expect(spreadsheetErrorOf('Kyllä')).toBeNull();
    expect(spreadsheetErrorOf(12)).toBeNull();
    expect(spreadsheetErrorOf(null)).toBeNull();
  });
});

describe('spreadsheetErrorOf on texts around the error', () => {
  it('reads an error value behind line breaks and no-break spaces, as trim does', () => {
    expect(spreadsheetErrorOf('\u00a0\n#ref!\t')).toBe('#REF!');
  });
  it('leaves a text that only contains an error value further in', () => {
    expect(spreadsheetErrorOf('Ks. #REF!')).toBeNull();
  });
});

describe('spreadsheetErrorOf, its shortcut held to the rule', () => {
  it('reads any text exactly as trimming and matching the whole error value would', () => {
    const ERROR = /^#(?:REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
    const piece = fc.constantFrom('#REF!', '#n/a', '#', ' ', '\u00a0', '\n', '\u3000', 'x', 'Kyllä', '!', '#DIV/0!');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
        (text) => {
          const trimmed = text.trim();
          expect(spreadsheetErrorOf(text)).toBe(ERROR.test(trimmed) ? trimmed.toUpperCase() : null);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
