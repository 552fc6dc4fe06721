import { gridExtent } from './gridExtent';

describe('gridExtent', () => {
  it('counts from the origin, over ragged rows', () => {
    expect(gridExtent({ sheet: 'S', origin: { row: 5, col: 3 }, values: [['Toimenpide', 'Aikataulu'], ['1.a']], tables: [] })).toEqual({
      lastRow: 6,
      lastCol: 4,
    });
  });
  it('gives an empty grid no rows', () => {
    expect(gridExtent({ sheet: 'S', origin: { row: 1, col: 1 }, values: [], tables: [] }).lastRow).toBe(0);
  });
});
