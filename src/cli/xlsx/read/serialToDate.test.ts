import { serialToDate } from './serialToDate';

describe('serialToDate', () => {
  it('reads a serial day in the 1900 date system as that date at midnight UTC', () => {
    expect(serialToDate(45657, false)).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(serialToDate(44742.5, false)).toEqual(new Date(Date.UTC(2022, 5, 30, 12)));
  });

  it('counts from 1904 in a workbook that uses the 1904 date system', () => {
    expect(serialToDate(44195, true)).toEqual(new Date(Date.UTC(2024, 11, 31)));
  });
});
