import { memoize } from './memoize';

describe('memoize', () => {
  it('works each text out once and gives the same answer every time it repeats', () => {
    const calls: string[] = [];
    const tidy = memoize((text: string) => {
      calls.push(text);
      return text.replace(/\s+/g, ' ').trim();
    });
    expect(tidy('  Ei /\n korona ')).toBe('Ei / korona');
    expect(tidy('  Ei /\n korona ')).toBe('Ei / korona');
    expect(tidy('Kyllä ')).toBe('Kyllä');
    expect(calls).toEqual(['  Ei /\n korona ', 'Kyllä ']);
  });

  it('remembers null and undefined answers too (a text that names no header is not matched again)', () => {
    let calls = 0;
    const none = memoize((_: string) => {
      calls++;
      return undefined;
    });
    const nothing = memoize((_: string) => {
      calls++;
      return null;
    });
    none('Kotihoidon päällikkö');
    none('Kotihoidon päällikkö');
    nothing('Kyllä');
    nothing('Kyllä');
    expect(calls).toBe(2);
  });

  it('starts again when full, so a sheet of all-different texts keeps at most `limit` answers', () => {
    const calls: number[] = [];
    const letter = memoize((n: number) => {
      calls.push(n);
      return String.fromCharCode(64 + n);
    }, 2);
    expect([letter(1), letter(2), letter(1)]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([1, 2]);
    letter(3); // full: emptied, then 3 kept
    expect(letter(1)).toBe('A');
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it('keys objects by identity: one answer per grid, another grid is worked out anew', () => {
    const calls: object[] = [];
    const size = memoize((grid: { values: unknown[][] }) => {
      calls.push(grid);
      return grid.values.length;
    });
    const a = { values: [[1], [2]] };
    const b = { values: [[1], [2]] };
    expect([size(a), size(a), size(b)]).toEqual([2, 2, 2]);
    expect(calls).toEqual([a, b]);
  });
});

describe('memoize(…).peek', () => {
  it('tells what is already known without working anything out', () => {
    let calls = 0;
    const classify = memoize((text: string) => {
      calls++;
      return text.startsWith('Talousarvio') ? 'amount' : null;
    });
    expect(classify.peek('Talousarvio 2023')).toBeUndefined();
    expect(calls).toBe(0);
    classify('Talousarvio 2023');
    classify('Kyllä');
    expect(classify.peek('Talousarvio 2023')).toBe('amount');
    expect(classify.peek('Kyllä')).toBeNull();
    expect(calls).toBe(2);
  });
});
