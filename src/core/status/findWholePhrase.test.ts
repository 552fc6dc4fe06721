import { findWholePhrase } from './findWholePhrase';

describe('findWholePhrase', () => {
  it('finds a phrase between separators', () => {
    expect(findWholePhrase('ei/korona', 'ei')).toBe(0);
    expect(findWholePhrase('kylla, mutta keskeytetty', 'keskeytetty')).toBe(13);
  });
  it('skips occurrences inside words and finds a later whole one', () => {
    expect(findWholePhrase('eika', 'ei')).toBe(-1);
    expect(findWholePhrase('eika ei', 'ei')).toBe(5);
    expect(findWholePhrase('keskeytetyt', 'keskeytetty')).toBe(-1);
  });
  it('treats digits as part of a word', () => {
    expect(findWholePhrase('ei2', 'ei')).toBe(-1);
  });
  it('finds nothing for an empty phrase', () => {
    expect(findWholePhrase('kylla', '')).toBe(-1);
  });
});
