import { foldHeaderWords } from './foldHeaderWords';

describe('foldHeaderWords', () => {
  it('splits on slashes, colons and line breaks and lower-cases', () => {
    expect(foldHeaderWords('Vastuutaho/\nhenkilöt:')).toEqual(['vastuutaho', 'henkilot']);
  });
  it('folds the letters scans lose, so OCR-damaged and clean text compare equal', () => {
    expect(foldHeaderWords('Vastuuhenkil6')).toEqual(foldHeaderWords('VASTUUHENKILÖ'));
    expect(foldHeaderWords('Åtgärd')).toEqual(['atgard']);
  });
  it('gives no words for blank or punctuation-only text', () => {
    expect(foldHeaderWords(' \u00a0 --- ')).toEqual([]);
  });
});
