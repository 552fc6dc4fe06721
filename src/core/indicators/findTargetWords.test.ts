import { findTargetWords } from './findTargetWords';

describe('findTargetWords', () => {
  it('finds comparison and change words as whole words, stems included', () => {
    expect(findTargetWords('lahteiden kokonaismaara laskee 10 %')).toEqual([{ kind: 'decrease', index: 24 }]);
    expect(findTargetWords('korkeintaan 10 % noussut')).toEqual([
      { kind: 'atMost', index: 0 },
      { kind: 'increase', index: 17 },
    ]);
    expect(findTargetWords('at least 80 %')).toEqual([{ kind: 'atLeast', index: 0 }]);
  });

  it('leaves words that only start like a comparison alone', () => {
    expect(findTargetWords('yliopisto alleviivaa')).toEqual([]);
  });
});
