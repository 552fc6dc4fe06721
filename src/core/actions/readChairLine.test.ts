import { readChairLine } from './readChairLine';

describe('readChairLine', () => {
  it('reads the names of seed 000’s chairs', () => {
    expect(readChairLine('Puheenjohtaja Anna-Liisa Koivisto')).toBe('Anna-Liisa Koivisto');
    expect(readChairLine('Puheenjohtaja Mira Heimo-Mulinga')).toBe('Mira Heimo-Mulinga');
  });
  it('forgives case, a colon, a line break and the abbreviation', () => {
    expect(readChairLine('PUHEENJOHTAJA:\n Pirjo Rehula')).toBe('Pirjo Rehula');
    expect(readChairLine('pj. Ilkka Manninen')).toBe('Ilkka Manninen');
    expect(readChairLine('Ordförande: Eva Holm')).toBe('Eva Holm');
    expect(readChairLine('Chair: Jane Doe')).toBe('Jane Doe');
  });
  it('reads a chair word typed with a decomposed ö (a letter and a combining mark)', () => {
    expect(readChairLine('Ordfo\u0308rande: Eva Holm')).toBe('Eva Holm');
  });
  it('takes no other line for a chair', () => {
    expect(readChairLine('Puheenjohtajan tehtävät')).toBeNull();
    expect(readChairLine('Puheenjohtaja')).toBeNull();
    expect(readChairLine('Yhteistyökumppanit:')).toBeNull();
  });
});
