import type { SheetPlan } from '../core';
import { planEntries } from './planEntries';

const plan: SheetPlan = {
  kind: 'summary',
  name: 'Yhteenveto',
  values: [['Seurannan yhteenveto'], ['=ei kaava', 45473, true], [], ['Hyte', 3]],
  formats: [],
  conditionalFormats: [],
  links: [
    { cell: 'A4', sheet: 'Hyte', target: 'C7', text: 'Hyte' },
    { cell: 'C1', sheet: 'Hyte', target: 'D2', text: 'D2' },
    { cell: 'E9', sheet: "Kumppanit 'B'", target: 'C8', text: 'C8' },
  ],
  columnWidths: [],
};

describe('planEntries', () => {
  it('pads every row to the widest and keeps text that looks like a formula as text', () => {
    const { entries, width } = planEntries(plan, false);
    expect(width).toBe(3);
    expect(entries).toEqual([
      ["'Seurannan yhteenveto", '', ''],
      ["'=ei kaava", 45473, true],
      ['', '', ''],
      ["'Hyte", 3, ''],
    ]);
  });

  it('puts a link formula in its cell below ExcelApi 1.7, and one beyond the values aside', () => {
    const { entries, outside } = planEntries(plan, true);
    expect(entries[3]?.[0]).toBe(`=HYPERLINK("#'Hyte'!C7","Hyte")`);
    expect(entries[0]?.[2]).toBe(`=HYPERLINK("#'Hyte'!D2","D2")`);
    expect(outside).toEqual([{ cell: 'E9', formula: `=HYPERLINK("#'Kumppanit ''B'''!C8","C8")` }]);
  });

  it('writes no formula when Excel takes links on cells', () => {
    expect(planEntries(plan, false).outside).toEqual([]);
  });

  it('gives an empty plan one column, so its range is still an address', () => {
    expect(planEntries({ ...plan, values: [], links: [] }, true)).toEqual({ entries: [], width: 1, outside: [] });
  });
});
