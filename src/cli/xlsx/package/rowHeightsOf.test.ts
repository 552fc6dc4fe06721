import type { SheetPlan } from '../../../core';
import { planCellStyles } from './planCellStyles';
import { rowHeightsOf } from './rowHeightsOf';

const long = 'Perhekeskuksen palveluohjauksen vakiinnuttaminen kaikkiin kuntiin ja yhteisen asiakasohjauksen mallin käyttöönotto';

function heights(plan: Pick<SheetPlan, 'values' | 'columnWidths' | 'formats'>): Map<number, number> {
  return rowHeightsOf(plan, planCellStyles({ ...plan, links: [] }));
}

describe('rowHeightsOf', () => {
  it('makes a row of wrapped text as many lines tall as its text takes in its column', () => {
    const plan = { values: [['Toimenpide'], [long], ['Lyhyt']], columnWidths: [56], formats: [{ range: 'A2:A3', wrap: true }] };
    const got = heights(plan);
    expect(got.get(2)).toBe(45); // 116 characters in 56 characters' width: three lines of 15 points
    expect(got.has(3)).toBe(false); // one line: the default height
    expect(got.has(1)).toBe(false);
  });

  it('gives a narrower column a taller row, and text that does not wrap none', () => {
    const wrapped = heights({ values: [[long]], columnWidths: [24], formats: [{ range: 'A1', wrap: true }] }).get(1) ?? 0;
    expect(wrapped).toBeGreaterThan(45);
    expect(heights({ values: [[long]], columnWidths: [24], formats: [{ range: 'A1', bold: true }] }).size).toBe(0);
  });

  it('takes the tallest cell of a row, and a larger font’s line height', () => {
    const plan = {
      values: [['Seurannan yhteenveto'], ['Tila', long]],
      columnWidths: [56, 24],
      formats: [
        { range: 'A1', fontSize: 16 },
        { range: 'A2:B2', wrap: true },
      ],
    };
    const got = heights(plan);
    expect(got.get(1)).toBeCloseTo((15 * 16) / 11);
    expect(got.get(2)).toBe(heights({ values: [[long]], columnWidths: [24], formats: [{ range: 'A1', wrap: true }] }).get(1));
  });
});
