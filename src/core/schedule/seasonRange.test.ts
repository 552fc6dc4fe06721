import { seasonRange } from './seasonRange';
import { monthRange } from './monthRange';
import { yearRange } from './yearRange';

describe('seasonRange, monthRange, yearRange', () => {
  it('splits the year into spring to May, summer to August, autumn to December', () => {
    expect(seasonRange('spring', 2021)).toEqual({ start: '2021-01-01', end: '2021-05-31' });
    expect(seasonRange('summer', 2021)).toEqual({ start: '2021-06-01', end: '2021-08-31' });
    expect(seasonRange('autumn', 2021)).toEqual({ start: '2021-09-01', end: '2021-12-31' });
  });

  it('ends February on the 29th in leap years only', () => {
    expect(monthRange(2024, 2)?.end).toBe('2024-02-29');
    expect(monthRange(2023, 2)?.end).toBe('2023-02-28');
    expect(monthRange(2100, 2)?.end).toBe('2100-02-28');
    expect(monthRange(2024, 13)).toBeNull();
  });

  it('runs a year from 1 January to 31 December', () => {
    expect(yearRange(2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });
});
