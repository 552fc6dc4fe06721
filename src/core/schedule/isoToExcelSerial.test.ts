import { isoToExcelSerial } from './isoToExcelSerial';

describe('isoToExcelSerial', () => {
  it('gives the serial Excel stores, counting its phantom 29 February 1900', () => {
    expect(isoToExcelSerial('2024-09-01')).toBe(45536);
    expect(isoToExcelSerial('2024-01-01')).toBe(45292);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
  });

  it('refuses what is not a date Excel can hold', () => {
    expect(isoToExcelSerial('2023-02-29')).toBeNull();
    expect(isoToExcelSerial('1899-12-31')).toBeNull();
    expect(isoToExcelSerial('1.9.2024')).toBeNull();
  });
});
