import { readActualPeriod } from './readActualPeriod';

describe('readActualPeriod', () => {
  it('reads the months and the year of partial-year actuals', () => {
    expect(readActualPeriod('Toteuma Utfall 1-6/2023')).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(readActualPeriod('Toteuma 1–8/23')).toEqual({ fromMonth: 1, toMonth: 8, year: 2023 });
    expect(readActualPeriod('Actual 1 - 9 / 2024')).toEqual({ fromMonth: 1, toMonth: 9, year: 2024 });
  });
  it('reads actuals up to a date as the full months since January', () => {
    expect(readActualPeriod('Toteuma 30.6.2023')).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(readActualPeriod('Utfall 15.8.2023')).toEqual({ fromMonth: 1, toMonth: 7, year: 2023 });
    expect(readActualPeriod('Toteuma 29.2.2024')).toEqual({ fromMonth: 1, toMonth: 2, year: 2024 });
  });
  it('reads a quarter as the months since January', () => {
    expect(readActualPeriod('Toteuma Q2/2023')).toEqual({ fromMonth: 1, toMonth: 6, year: 2023 });
    expect(readActualPeriod('Actual Q3 2024')).toEqual({ fromMonth: 1, toMonth: 9, year: 2024 });
  });
  it('gives null for a whole year, no period, or dates and months that cannot be', () => {
    expect(readActualPeriod('Toteuma 1-12/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 31.12.2023')).toBeNull();
    expect(readActualPeriod('Toteuma Q4/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 2023')).toBeNull();
    expect(readActualPeriod('Toteuma 6-1/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 1-13/2023')).toBeNull();
    expect(readActualPeriod('Toteuma 31.6.2023')).toBeNull();
    expect(readActualPeriod('Toteuma 10.1.2023')).toBeNull();
  });
});
