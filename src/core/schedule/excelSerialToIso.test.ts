import fc from 'fast-check';
import { excelSerialToIso } from './excelSerialToIso';
import { isoToExcelSerial } from './isoToExcelSerial';

describe('excelSerialToIso / isoToExcelSerial', () => {
  it('reads the serials Excel shows for known dates', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(45536.75)).toBe('2024-09-01');
    expect(excelSerialToIso(2958465)).toBe('9999-12-31');
  });

  it('refuses the phantom 29 February 1900 and out-of-range numbers', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(2958466)).toBeNull();
    expect(excelSerialToIso(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('round-trips every serial but the phantom day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (serial) => {
          const iso = excelSerialToIso(serial);
          expect(iso === null ? null : isoToExcelSerial(iso)).toBe(serial);
        },
      ),
    );
  });
});
