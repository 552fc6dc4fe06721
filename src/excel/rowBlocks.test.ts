import fc from 'fast-check';
import { rowBlocks } from './rowBlocks';

describe('rowBlocks', () => {
  it('puts rows together while they fit and starts a new block when the next would not', () => {
    expect(rowBlocks([['a'], ['b'], ['c']], 12)).toEqual([
      { start: 0, end: 2, bytes: 12 },
      { start: 2, end: 3, bytes: 6 },
    ]);
  });

  it('gives a row larger than the limit a block of its own rather than dropping it', () => {
    expect(rowBlocks([['a'], ['x'.repeat(50)], ['b']], 12)).toEqual([
      { start: 0, end: 1, bytes: 6 },
      { start: 1, end: 2, bytes: 55 },
      { start: 2, end: 3, bytes: 6 },
    ]);
  });

  it('covers every row once, in order, each block within the limit unless it is one row', () => {
    const row = fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 400 }), (entries, limit) => {
        const blocks = rowBlocks(entries, limit);
        expect(blocks.flatMap((b) => Array.from({ length: b.end - b.start }, (_, k) => b.start + k))).toEqual(entries.map((_, i) => i));
        for (const b of blocks) {
          expect(b.bytes).toBe(entries.slice(b.start, b.end).reduce((n, r) => n + JSON.stringify(r).length + 1, 0));
          expect(b.bytes <= limit || b.end - b.start === 1).toBe(true);
        }
      }),
    );
  });
});
