import { pendingRange } from './pendingRange';

describe('pendingRange', () => {
  it("gives a season's and a month's first and last day in the year", () => {
    expect(pendingRange({ season: 'autumn' }, 2024)).toEqual({ start: '2024-09-01', end: '2024-12-31' });
    expect(pendingRange({ season: 'spring' }, 2021)).toEqual({ start: '2021-01-01', end: '2021-05-31' });
    expect(pendingRange({ month: 2 }, 2024)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});
