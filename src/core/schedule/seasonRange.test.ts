import { seasonRange } from './seasonRange';

describe('seasonRange', () => {
  it('splits the year into spring to May, summer to August, autumn to December', () => {
    expect(seasonRange('spring', 2021)).toEqual({ start: '2021-01-01', end: '2021-05-31' });
    expect(seasonRange('summer', 2021)).toEqual({ start: '2021-06-01', end: '2021-08-31' });
    expect(seasonRange('autumn', 2021)).toEqual({ start: '2021-09-01', end: '2021-12-31' });
  });
});
