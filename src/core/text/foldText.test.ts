import { foldText } from './foldText';

describe('foldText', () => {
  it('lower-cases and drops the marks the scans lose', () => {
    expect(foldText('KÄYNNISSÄ')).toBe('kaynnissa');
    expect(foldText('Påbörjad')).toBe('paborjad');
    expect(foldText('Genomförd, klar')).toBe('genomford, klar');
  });
  it('reads a 6 next to a letter as ö, but leaves numbers alone', () => {
    expect(foldText('Ty6n alla')).toBe('tyon alla');
    expect(foldText('Poistettu 2026')).toBe('poistettu 2026');
    expect(foldText('6')).toBe('6');
  });
  it('keeps every position, so a reason can be cut from the text as written', () => {
    for (const text of ['Ei /korona', 'İstanbul ÄÖÅ', 'Kyllä 😀 6kk']) {
      expect(foldText(text)).toHaveLength(text.length);
    }
  });
  it('composes a decomposed letter first, so a Mac-typed word folds like the same word typed elsewhere', () => {
    expect(foldText('Ka\u0308ynnissa\u0308')).toBe('kaynnissa');
    expect(foldText('Va\u030aren', { keep: 'å' })).toBe('våren');
  });
  it('keeps the letters a caller names, upper case lowered to them, and still folds the rest', () => {
    expect(foldText('VÅREN', { keep: 'å' })).toBe('våren');
    expect(foldText('Vår och höst', { keep: 'å' })).toBe('vår och host');
    expect(foldText('Vår')).toBe('var');
  });
});
