import { yearRange } from './yearRange';

describe('yearRange', () => {
  it('runs a year alone from 1 January to 31 December', () => {
    expect(yearRange(2021)).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(yearRange(99)).toBeNull();
  });
});
