import { seed001IndicatorGrid, seed004IndicatorGrid } from '../../../fixtures/indicators';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { findIndicatorHeaders } from './findIndicatorHeaders';
import { readIndicatorRow } from './readIndicatorRow';

const ctx: CoreContext = { asOf: '2024-12-31', lang: 'en', locale: getLocale('en') };

describe('readIndicatorRow', () => {
  const nhg = findIndicatorHeaders(seed001IndicatorGrid, 4, 1, 8, [])[0]!;

  it('reads percentages written as text', () => {
    const read = readIndicatorRow(seed001IndicatorGrid, 5, nhg, ctx, { targetUnit: '%', targetValue: 4.5, expectNumbers: true });
    expect(read.actuals.map((a) => a.value)).toEqual([9.3, 8.8, 8.1, 7.4, null, null]);
    expect(read.issues).toEqual([]);
  });

  it('reads the fractions of %-formatted cells as percent when the target is in percent', () => {
    const read = readIndicatorRow(seed001IndicatorGrid, 7, nhg, ctx, { targetUnit: '%', targetValue: 14, expectNumbers: true });
    expect(read.actuals.map((a) => a.value)).toEqual([12, 12.5, 13.1, 12.9, null, null]);
    const plain = readIndicatorRow(seed001IndicatorGrid, 7, nhg, ctx, { targetUnit: null, targetValue: 14, expectNumbers: true });
    expect(plain.actuals[0]?.value).toBe(0.12);
  });

  it('leaves out a value in another unit than the baseline’s, with an issue at its cell', () => {
    const header = findIndicatorHeaders(seed004IndicatorGrid, 3, 1, 10, [])[0]!;
    const read = readIndicatorRow(seed004IndicatorGrid, 7, header, ctx, { targetUnit: null, targetValue: null, expectNumbers: true });
    expect(read.baseline?.value).toBe(5.8);
    expect(read.actuals.map((a) => a.value)).toEqual([6.1, 5.9, 5.4, null]);
    expect(read.issues).toEqual([
      {
        severity: 'warning',
        code: 'indicator.unitMismatch',
        sheet: 'Kärkien mittarit',
        cell: 'I7',
        message: "The value '12 pv' is in another unit (pv) than the target (%). Write the value in the target's unit.",
      },
    ]);
  });
});
