import { editDistanceWithin } from './editDistanceWithin';

describe('editDistanceWithin', () => {
  it('counts a fixed typo as one edit', () => {
    expect(editDistanceWithin('asiakaspalautten keraamisen', 'asiakaspalautteen keraamisen', 3)).toBe(1);
  });
  it('counts insertions, deletions and substitutions alike', () => {
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('', 'abc', 3)).toBe(3);
  });
  it('gives null past the limit, however the lengths compare', () => {
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBeNull();
    expect(editDistanceWithin('kotihoito', 'asiakaspalaute', 3)).toBeNull();
    expect(editDistanceWithin('abcdefgh', 'hgfedcba', 2)).toBeNull();
  });
  it('is zero for equal texts', () => {
    expect(editDistanceWithin('perhekeskus', 'perhekeskus', 0)).toBe(0);
  });
});

describe('editDistanceWithin against the whole table', () => {
  /** The textbook Levenshtein distance, every cell computed. */
  const levenshtein = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min((row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1);
      }
      row = next;
    }
    return row[b.length] ?? 0;
  };

  it('agrees on texts a few edits apart, at the limit, just past it and within it', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'aab ';
    const edit = (text: string): string => {
      const at = random(text.length + 1);
      const letter = letters[random(letters.length)] ?? 'a';
      const kind = random(3);
      return kind === 0
        ? text.slice(0, at) + letter + text.slice(at)
        : kind === 1
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + letter + text.slice(at + 1);
    };
    for (let k = 0; k < 3000; k++) {
      const a = Array.from({ length: 1 + random(30) }, () => letters[random(letters.length)]).join('');
      let b = a;
      for (let e = random(8); e > 0; e--) b = edit(b);
      const exact = levenshtein(a, b);
      const limit = Math.max(0, exact + random(3) - 1);
      expect([a, b, limit, editDistanceWithin(a, b, limit)]).toEqual([a, b, limit, exact <= limit ? exact : null]);
    }
  });
});
