import { readIndicatorValue } from './readIndicatorValue';

describe('readIndicatorValue', () => {
  it('reads numbers as the core does, percent as its unit', () => {
    expect(readIndicatorValue('9,3 %')).toEqual({ kind: 'number', value: 9.3, unit: '%', typed: false });
    expect(readIndicatorValue('1 234,5')).toEqual({ kind: 'number', value: 1234.5, unit: null, typed: false });
    expect(readIndicatorValue(0.124)).toEqual({ kind: 'number', value: 0.124, unit: null, typed: true });
  });

  it('reads a number with a unit word', () => {
    expect(readIndicatorValue('12 vrk')).toEqual({ kind: 'number', value: 12, unit: 'vrk', typed: false });
  });

  it('gives empty for an empty cell or a lone dash and invalid for words, never 0', () => {
    expect(readIndicatorValue(null)).toEqual({ kind: 'empty' });
    expect(readIndicatorValue('-')).toEqual({ kind: 'empty' });
    expect(readIndicatorValue('ei tietoa')).toEqual({ kind: 'invalid', text: 'ei tietoa' });
  });
});
