import fc from 'fast-check';
import { planReadChunks } from './planReadChunks';

describe('planReadChunks', () => {
  it('reads fifty ordinary sheets in one batch when they fit the budget', () => {
    const sheets = Array.from({ length: 50 }, (_, i) => ({ sheet: i, rowIndex: 2, columnIndex: 1, rowCount: 2000, columnCount: 6 }));
    const batches = planReadChunks(sheets, 64_000_000, 40);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(50);
  });

  it('splits a sheet by rows only when it does not fit, and skips empty ones', () => {
    const batches = planReadChunks(
      [
        { sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
        { sheet: 1, rowIndex: 4, columnIndex: 2, rowCount: 250, columnCount: 4 },
      ],
      4000 * 40,
      40,
    );
    expect(batches).toEqual([[{ sheet: 1, firstRow: 4, lastRow: 253 }]]);
    expect(planReadChunks([{ sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 250, columnCount: 4 }], 100 * 4 * 40, 40)).toEqual([
      [{ sheet: 0, firstRow: 0, lastRow: 99 }],
      [{ sheet: 0, firstRow: 100, lastRow: 199 }],
      [{ sheet: 0, firstRow: 200, lastRow: 249 }],
    ]);
  });

  it('covers every row of every sheet exactly once, each batch within budget unless one row alone passes it', () => {
    const extent = fc.record({
      rowIndex: fc.nat(50),
      columnIndex: fc.nat(20),
      rowCount: fc.nat(300),
      columnCount: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 8 }), fc.integer({ min: 100, max: 200_000 }), (raw, budget) => {
        const extents = raw.map((e, sheet) => ({ ...e, sheet }));
        const batches = planReadChunks(extents, budget, 40);
        for (const e of extents) {
          const rows = batches
            .flat()
            .filter((c) => c.sheet === e.sheet)
            .flatMap((c) => Array.from({ length: c.lastRow - c.firstRow + 1 }, (_, k) => c.firstRow + k));
          expect(rows.sort((a, b) => a - b)).toEqual(Array.from({ length: e.rowCount }, (_, k) => e.rowIndex + k));
        }
        for (const batch of batches) {
          const bytes = batch.reduce((n, c) => n + (c.lastRow - c.firstRow + 1) * (extents[c.sheet]?.columnCount ?? 0) * 40, 0);
          const singleRow = batch.length === 1 && batch[0]?.firstRow === batch[0]?.lastRow;
          expect(bytes <= budget || singleRow).toBe(true);
        }
      }),
    );
  });
});
