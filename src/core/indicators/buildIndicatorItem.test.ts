import { seed000IndicatorGrid, seed002IndicatorGrid } from '../../../fixtures/indicators';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { buildIndicatorItem } from './buildIndicatorItem';
import { findIndicatorHeaders } from './findIndicatorHeaders';

const ctx: CoreContext = { asOf: '2024-12-31', lang: 'fi', locale: getLocale('fi') };

describe('buildIndicatorItem', () => {
  it('takes the target from the indicator’s cell when its own is empty', () => {
    const header = findIndicatorHeaders(seed002IndicatorGrid, 3, 2, 7, [])[0]!;
    const { item } = buildIndicatorItem(seed002IndicatorGrid, 11, header, ctx, { goal: 'G', section: 'Henkilöstö' });
    expect(item).toMatchObject({
      indicator: 'Lähtövaihtuvuus',
      targetText: 'alle 10 %',
      target: { op: '<', value: 10, unit: '%' },
      baseline: 11.2,
      latest: { label: 'Toteuma 1-6/2024', value: 12.4 },
      verdict: 'not_met',
      goal: 'G',
      section: 'Henkilöstö',
      cells: { indicator: 'C11', target: 'D11', actual: 'F11' },
    });
  });

  it('resolves a relative target against the baseline and reports the row’s status', () => {
    const header = findIndicatorHeaders(seed000IndicatorGrid, 6, 1, 7, [])[0]!;
    const { item, issues } = buildIndicatorItem(seed000IndicatorGrid, 13, header, ctx, { goal: null, section: null });
    expect(item).toMatchObject({ target: { op: '>=', value: 21420 }, verdict: 'met', status: 'done' });
    expect(item.actuals).toEqual([
      { label: 'Toteuma 2020', value: null },
      { label: 'Toteuma 2021', value: 21600 },
    ]);
    expect(issues.map((i) => [i.cell, i.code])).toEqual([['E13', 'indicator.notNumber']]);
  });

  it('raises no issue for words in the values of a qualitative indicator', () => {
    const header = findIndicatorHeaders(seed000IndicatorGrid, 6, 1, 7, [])[0]!;
    const { item, issues } = buildIndicatorItem(seed000IndicatorGrid, 14, header, ctx, { goal: null, section: null });
    expect(item.verdict).toBe('qualitative');
    expect(issues).toEqual([]);
  });
});
