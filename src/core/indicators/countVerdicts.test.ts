import { seed004IndicatorGrid } from '../../../fixtures/indicators';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { countVerdicts } from './countVerdicts';
import { findIndicatorTables } from './findIndicatorTables';

const ctx: CoreContext = { asOf: '2024-12-31', lang: 'fi', locale: getLocale('fi') };

describe('countVerdicts', () => {
  it('counts every verdict, zero where none', () => {
    expect(countVerdicts([])).toEqual({ met: 0, not_met: 0, no_data: 0, qualitative: 0, unreadable: 0 });
    const { tables } = findIndicatorTables(seed004IndicatorGrid, ctx, []);
    expect(countVerdicts(tables)).toEqual({ met: 3, not_met: 1, no_data: 0, qualitative: 1, unreadable: 1 });
  });
});
