import { startsWithPhrase } from './startsWithPhrase';

describe('startsWithPhrase', () => {
  it('matches at the start only, with header endings', () => {
    expect(startsWithPhrase(['muut', 'toteutukset'], ['muut'])).toBe(true);
    expect(startsWithPhrase(['tavoitteen', 'mittari'], ['tavoitteen', 'mittari'])).toBe(true);
    expect(startsWithPhrase(['sitova', 'tavoite'], ['tavoite'])).toBe(false);
    expect(startsWithPhrase(['tavoitteet', '2024'], ['tavoite'])).toBe(false);
  });
  it('never matches an empty phrase', () => {
    expect(startsWithPhrase(['muut'], [])).toBe(false);
  });
});
