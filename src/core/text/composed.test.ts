import { composed } from './composed';

describe('composed', () => {
  it('makes a decomposed ä, ö or å one letter, so a Mac-typed word reads like the same word typed elsewhere', () => {
    expect(composed('Ma\u0308tare')).toBe('Mätare');
    expect(composed('A\u030atga\u0308rd')).toBe('Åtgärd');
    expect(composed('Ho\u0308sten')).toHaveLength('Hösten'.length);
  });
  it('leaves a text without combining marks as it is', () => {
    expect(composed('Kevät 2021')).toBe('Kevät 2021');
  });
});
