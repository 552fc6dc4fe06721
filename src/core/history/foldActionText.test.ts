import { foldActionText } from './foldActionText';

describe('foldActionText', () => {
  it('ignores case, line breaks, punctuation and lost marks', () => {
    expect(foldActionText('Perhekeskus-\ntoiminnan  KEHITTÄMINEN.')).toBe(foldActionText('perhekeskus toiminnan kehittaminen'));
  });
  it('keeps different words different', () => {
    expect(foldActionText('Kotihoidon vahvistaminen')).not.toBe(foldActionText('Kotihoidon arviointi'));
  });
});
