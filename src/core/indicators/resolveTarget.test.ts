import { resolveTarget } from './resolveTarget';

describe('resolveTarget', () => {
  it('resolves a change in percent against the reference', () => {
    expect(resolveTarget({ kind: 'change', direction: 'down', op: null, amount: 10, unit: '%' }, 12480, null)).toEqual({
      op: '<=',
      value: 11232,
      unit: null,
    });
    expect(resolveTarget({ kind: 'change', direction: 'up', op: '<=', amount: 10, unit: '%' }, 1204000, null)).toEqual({
      op: '<=',
      value: 1324400,
      unit: null,
    });
  });

  it('resolves a change in a unit as an absolute step', () => {
    expect(resolveTarget({ kind: 'change', direction: 'down', op: null, amount: 5, unit: 'asiakasta' }, 40, null)).toEqual({
      op: '<=',
      value: 35,
      unit: 'asiakasta',
    });
  });

  it('compares a direction alone with the reference itself', () => {
    expect(resolveTarget({ kind: 'change', direction: 'down', op: null, amount: null, unit: null }, 5.8, '%')).toEqual({
      op: '<',
      value: 5.8,
      unit: '%',
    });
  });

  it('gives nothing for a relative target with nothing to be relative to', () => {
    expect(resolveTarget({ kind: 'change', direction: 'up', op: null, amount: 5, unit: '%' }, null, null)).toBeNull();
    expect(resolveTarget({ kind: 'qualitative' }, 10, null)).toBeNull();
  });

  it('keeps a written comparison as it is, whatever the baseline', () => {
    expect(resolveTarget({ kind: 'level', op: '<', value: 10, unit: '%' }, 4, '%')).toEqual({ op: '<', value: 10, unit: '%' });
  });
});
