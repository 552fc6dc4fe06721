import { formatActualPeriod } from './formatActualPeriod';
import { readActualPeriod } from './readActualPeriod';

const periodOf = (header: string): string | null => {
  const period = readActualPeriod(header);
  return period === null ? null : formatActualPeriod(period);
};

describe('formatActualPeriod', () => {
  it('writes the period as the seed heads its actuals, whatever form the header used', () => {
    expect(periodOf('Toteuma Utfall 1-6/2023')).toBe('1-6/2023');
    expect(periodOf('Toteuma 30.9.2023')).toBe('1-9/2023');
    expect(periodOf('Toteuma 1–8/23')).toBe('1-8/2023');
  });

  it('leaves the year out when the header gave none, with no dangling slash', () => {
    expect(formatActualPeriod({ fromMonth: 1, toMonth: 6, year: null })).toBe('1-6');
  });
});
