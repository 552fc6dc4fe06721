import { countStatuses } from './countStatuses';
import { sumStatusCounts } from './sumStatusCounts';

describe('sumStatusCounts', () => {
  it('adds each status over all counts, every status present', () => {
    const pori = countStatuses(['done', 'done', 'in_progress']);
    const ulvila = countStatuses(['done', 'not_done']);
    expect(sumStatusCounts([pori, ulvila])).toEqual({ ...countStatuses([]), done: 3, in_progress: 1, not_done: 1 });
  });

  it('counts a status one of them lacks as 0 there, and nothing as all zeros', () => {
    expect(sumStatusCounts([{ done: 2 }, countStatuses(['done'])]).done).toBe(3);
    expect(sumStatusCounts([])).toEqual(countStatuses([]));
  });
});
