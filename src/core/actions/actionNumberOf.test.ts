import fc from 'fast-check';
import { actionNumberOf } from './actionNumberOf';

/** The whole rule, without the first-character shortcut actionNumberOf takes. */
const NUMBER = /^(\d{1,3}(?:\s?\.?\s?[a-zA-Z](?![\p{L}\p{N}]))?\.?\)?|[a-zA-Z]\))(?=\s|$)/u;
const fullRule = (text: string) => {
  const number = NUMBER.exec(text)?.[1];
  return number !== undefined && /[.)a-zA-Z]/.test(number) ? number : null;
};

describe('actionNumberOf', () => {
  it.each([
    ['4.b Työllisyyden hoidon kehittäminen', '4.b'],
    ['2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö', '2 a.'],
    ['12. Pehdyttäminen', '12.'],
    ['b) Viestimme avoimesti', 'b)'],
  ])('reads the number of %j', (text, number) => {
    expect(actionNumberOf(text)).toBe(number);
  });
  it.each(['75 vuotta täyttäneet', '116117-puheluista', 'Sähköinen perhekeskus', 'a', ''])('finds none in %j', (text) => {
    expect(actionNumberOf(text)).toBeNull();
  });
  it('takes its shortcut only where the full rule finds no number either', () => {
    const piece = fc.constantFrom('1', '12', '3', '.', ' ', 'a', 'B', 'ö', ')', 'x', '-', '%');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        (text) => {
          expect(actionNumberOf(text)).toBe(fullRule(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
