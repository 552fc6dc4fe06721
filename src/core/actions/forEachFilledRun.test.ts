import type { Grid } from '../grid';
import { forEachFilledRun } from './forEachFilledRun';

const grid: Grid = {
  sheet: 'Toimenpiteet',
  origin: { row: 4, col: 1 },
  values: [['Toimenpide', 'Tavoite', null, 'Mittari', 'Tavoitetaso', '  ', 'Talousarvio']],
  tables: [],
};

function runs(first: number, last: number, exclude: Parameters<typeof forEachFilledRun>[4] = []): number[][] {
  const found: number[][] = [];
  forEachFilledRun(grid, 4, first, last, exclude, (left, right) => found.push([left, right]));
  return found;
}

describe('forEachFilledRun', () => {
  it('gives each run of adjacent filled cells, blanks and white space between them', () => {
    expect(runs(1, 7)).toEqual([
      [1, 2],
      [4, 5],
      [7, 7],
    ]);
  });

  it('counts cells of tables read before as empty, and stays within the columns given', () => {
    expect(runs(1, 7, [{ top: 4, left: 2, bottom: 9, right: 2 }])).toEqual([
      [1, 1],
      [4, 5],
      [7, 7],
    ]);
    expect(runs(2, 4)).toEqual([
      [2, 2],
      [4, 4],
    ]);
  });

  it('gives nothing on a row outside the grid', () => {
    expect(runs(1, 7).length).toBe(3);
    const none: number[][] = [];
    forEachFilledRun(grid, 99, 1, 7, [], (l, r) => none.push([l, r]));
    expect(none).toEqual([]);
  });
});
