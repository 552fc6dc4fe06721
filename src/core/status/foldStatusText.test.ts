import { foldStatusText } from './foldStatusText';

describe('foldStatusText', () => {
  it('lower-cases and drops the marks the scans lose', () => {
    expect(foldStatusText('KÄYNNISSÄ')).toBe('kaynnissa');
    expect(foldStatusText('Påbörjad')).toBe('paborjad');
  });
  it('reads a 6 next to a letter as ö, but leaves numbers alone', () => {
    expect(foldStatusText('Ty6n alla')).toBe('tyon alla');
    expect(foldStatusText('Poistettu 2026')).toBe('poistettu 2026');
  });
  it('keeps every position, so a reason can be cut from the text as written', () => {
    for (const text of ['Ei /korona', 'İstanbul ÄÖÅ', 'Kyllä 😀 6kk']) {
      expect(foldStatusText(text)).toHaveLength(text.length);
    }
  });
});
