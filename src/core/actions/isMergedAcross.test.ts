import type { Grid } from '../grid';
import { isMergedAcross } from './isMergedAcross';

const grid = (merges?: string[]): Grid => ({
  sheet: 'Lastensuojelu',
  origin: { row: 1, col: 2 },
  values: [],
  tables: [],
  ...(merges ? { merges } : {}),
});

describe('isMergedAcross', () => {
  it('sees a goal row merged over the table', () => {
    expect(isMergedAcross(grid(['B5:D5']), 5, 2, 4)).toBe(true);
  });
  it('does not take a merge elsewhere, a one-column merge or a missing merge list', () => {
    expect(isMergedAcross(grid(['B6:D6']), 5, 2, 4)).toBe(false);
    expect(isMergedAcross(grid(['B5:B7']), 5, 2, 4)).toBe(false);
    expect(isMergedAcross(grid(['C5:D5']), 5, 2, 4)).toBe(false);
    expect(isMergedAcross(grid(), 5, 2, 4)).toBe(false);
    expect(isMergedAcross(grid(['not a range']), 5, 2, 4)).toBe(false);
  });
});
