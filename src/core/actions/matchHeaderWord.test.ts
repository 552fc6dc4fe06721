import { matchHeaderWord } from './matchHeaderWord';

describe('matchHeaderWord', () => {
  it('takes plural and case endings of up to two letters', () => {
    expect(matchHeaderWord('mittarit', 'mittari')).toBe(true);
    expect(matchHeaderWord('atgarder', 'atgard')).toBe(true);
    expect(matchHeaderWord('tilat', 'tila')).toBe(true);
  });
  it('refuses a longer tail, which makes another word', () => {
    expect(matchHeaderWord('tavoitetaso', 'tavoite')).toBe(false);
    expect(matchHeaderWord('tilastointi', 'tila')).toBe(false);
  });
  it('matches short words only exactly (“no” is not “nov”)', () => {
    expect(matchHeaderWord('nov', 'no')).toBe(false);
    expect(matchHeaderWord('mal', 'mal')).toBe(true);
  });
});
