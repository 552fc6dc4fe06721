import { judgeIndicator } from './judgeIndicator';

const below10 = { op: '<', value: 10, unit: '%' } as const;

describe('judgeIndicator', () => {
  it('gives met or not met by the latest value', () => {
    expect(judgeIndicator({ kind: 'level', ...below10 }, below10, 8.2)).toBe('met');
    expect(judgeIndicator({ kind: 'level', ...below10 }, below10, 10)).toBe('not_met');
    expect(judgeIndicator({ kind: 'level', op: '>=', value: 80, unit: '%' }, { op: '>=', value: 80, unit: '%' }, 80)).toBe('met');
    expect(judgeIndicator({ kind: 'level', op: null, value: 0, unit: null }, { op: '=', value: 0, unit: null }, 0)).toBe('met');
  });

  it('gives no data without a value or without a resolved target', () => {
    expect(judgeIndicator({ kind: 'level', ...below10 }, below10, null)).toBe('no_data');
    expect(judgeIndicator({ kind: 'change', direction: 'up', op: null, amount: 5, unit: '%' }, null, 12)).toBe('no_data');
  });

  it('gives qualitative and unreadable whatever the values', () => {
    expect(judgeIndicator({ kind: 'qualitative' }, null, 12)).toBe('qualitative');
    expect(judgeIndicator({ kind: 'none' }, null, 12)).toBe('qualitative');
    expect(judgeIndicator({ kind: 'unreadable' }, null, 12)).toBe('unreadable');
  });
});
