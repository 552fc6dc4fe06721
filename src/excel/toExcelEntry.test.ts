import fc from 'fast-check';
import { enterCell } from '../../test/fake-excel/enterCell';
import type { FakeCell } from '../../test/fake-excel/model';
import { toExcelEntry } from './toExcelEntry';

describe('toExcelEntry', () => {
  it('quote-prefixes text so Excel cannot read it as a formula, a number or a date', () => {
    expect(toExcelEntry('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(toExcelEntry('+358 40 123 4567')).toBe("'+358 40 123 4567");
    expect(toExcelEntry('Toteutunut')).toBe("'Toteutunut");
    expect(toExcelEntry(-5)).toBe(-5);
    expect(toExcelEntry(true)).toBe(true);
    expect(toExcelEntry(null)).toBe('');
    expect(toExcelEntry('')).toBe('');
  });

  it('cuts a text longer than a cell holds, so Excel takes it instead of failing the sheet', () => {
    const entry = toExcelEntry('Toimenpide '.repeat(4000));
    expect(entry).toHaveLength(1 + 32_767);
    const cell: FakeCell = { value: '' };
    enterCell(cell, entry, 'values');
    expect(String(cell.value).endsWith('…')).toBe(true);
  });

  it('gives back any string unchanged once Excel has taken the entry (as typed, quote prefix dropped)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('=A1', '-5', '+1', '@x', '2024-06-30', "'x", '12 %', '1e3')), (text) => {
        const cell: FakeCell = { value: '' };
        enterCell(cell, toExcelEntry(text), 'values');
        expect(cell.value).toBe(text);
        expect(cell.formula).toBeUndefined();
      }),
    );
  });
});
