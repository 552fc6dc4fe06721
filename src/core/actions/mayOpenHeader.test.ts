import fc from 'fast-check';
import { foldStatusText } from '../status/foldStatusText';
import { headerVocabulary } from './headerVocabulary';
import { matchHeaderRole } from './matchHeaderRole';
import { mayOpenHeader } from './mayOpenHeader';

/** The rule said plainly: the first word, folded, opens with the first two letters of a header phrase's first word. */
function opensLikeAHeaderWord(text: string): boolean {
  const word = foldStatusText(/[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '');
  if (word === '') return false;
  return headerVocabulary().some((p) => {
    const first = foldStatusText(p.words[0] ?? '');
    return first.length === 1 ? word === first : word.startsWith(first.slice(0, 2));
  });
}

describe('mayOpenHeader', () => {
  it('turns away the cells of a data row (numbered actions, names, statuses) at their first letters', () => {
    for (const text of ['1.a Konsultaatiokäytäntöjen kehittäminen', 'Kotihoidon päällikkö', 'Esimiehet', 'Kyllä', '2020 - 2023', 'Perusturvan osastolta siirrytään']) {
      expect(mayOpenHeader(text)).toBe(false);
    }
  });

  it('lets through every header the seeds write, whatever the case, marks, spaces or an OCR 6', () => {
    for (const text of ['TOIMENPIDE', '  Tavoite', 'Vastuuhenkilö', 'Vastuuhenkil6', 'Åtgärd', 'MÄTARE', 'Toteuma', 'Nro', 'Aikataulu']) {
      expect(mayOpenHeader(text)).toBe(true);
      expect(matchHeaderRole(text)).not.toBeNull();
    }
  });

  it('never turns away a text whose first word opens like a header word (so no header is lost to it)', () => {
    const words = headerVocabulary().map((p) => p.words[0] ?? '');
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', '\n', '-', '(', '6', '1', 'ä', 'Ö', 'å', 'é', 'ª', '²', '×', 'ß', 'x', 'Ta', 'TO', '6t', 'v6', 't6', 'T6', 'İ', '—'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }).map((p) => p.join('')), (text) => {
        if (opensLikeAHeaderWord(text)) expect(mayOpenHeader(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads letters and digits of Latin-1 as Unicode does', () => {
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      // A lone word character opens a word of one letter; anything else leaves no word at all.
      if (!/[\p{L}\p{N}]/u.test(ch)) expect(mayOpenHeader(ch)).toBe(false);
    }
  });
});
