import { readActualPeriod } from './readActualPeriod';

describe('readActualPeriod', () => {
  it('reads the months and the year of partial-year actuals', () => {
    expect(readActualPeriod('Toteuma Utfall 1-6/2023')).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(readActualPeriod('Toteuma 1–8/23')).toEqual({ fromMonth: 1, toMonth: 8, year: 2023 });
    expect(readActualPeriod('Actual 1 - 9 / 2024')).toEqual({ fromMonth: 1, toMonth: 9, year: 2024 });
  });
  it('gives null for a whole year, no period, or months that cannot be', () => {
    expect(readActualPeriod('Toteuma 1-12/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 2023')).toBeNull();
    expect(readActualPeriod('Toteuma 6-1/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 1-13/2023')).toBeNull();
  });
});
