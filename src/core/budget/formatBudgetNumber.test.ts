import { formatBudgetNumber } from './formatBudgetNumber';

describe('formatBudgetNumber', () => {
  it('writes numbers the way each language reads them', () => {
    expect(formatBudgetNumber(-378568, 'fi')).toBe('\u2212378\u00a0568');
    expect(formatBudgetNumber(52.52, 'fi', 1)).toBe('52,5');
    expect(formatBudgetNumber(-378568, 'en')).toBe('-378,568');
    expect(formatBudgetNumber(1234.5, 'sv', 1)).toBe('1\u00a0234,5');
  });

  it('keeps each language and number of decimals apart when they alternate, as one run over many workbooks does', () => {
    expect([
      formatBudgetNumber(1234.56, 'fi', 1),
      formatBudgetNumber(1234.56, 'en', 1),
      formatBudgetNumber(1234.56, 'fi', 0),
      formatBudgetNumber(1234.56, 'fi', 1),
    ]).toEqual(['1\u00a0234,6', '1,234.6', '1\u00a0235', '1\u00a0234,6']);
  });
});
