import { readActualPeriod } from './readActualPeriod';
import { yearShare } from './yearShare';

const shareOf = (header: string): number | null => {
  const period = readActualPeriod(header);
  return period === null ? null : yearShare(period);
};

describe('yearShare', () => {
  it('gives the part of the year the actuals cover, as the seed writes the period', () => {
    expect(shareOf('Toteuma Utfall 1-6/2023')).toBe(0.5);
    expect(shareOf('Toteuma Q3/2023')).toBe(0.75);
    expect(shareOf('Toteuma 30.4.2023')).toBeCloseTo(4 / 12, 12);
  });

  it('counts both ends of a period that does not start in January', () => {
    expect(shareOf('Toteuma 4-6/2023')).toBe(0.25);
    expect(shareOf('Toteuma 7-7/2023')).toBeCloseTo(1 / 12, 12);
  });
});
