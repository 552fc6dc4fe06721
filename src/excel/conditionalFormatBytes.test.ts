import { conditionalFormatBytes } from './conditionalFormatBytes';

describe('conditionalFormatBytes', () => {
  it('counts every rule its formula and the format around it', () => {
    const rule = (formula: string) => ({ formula, stopIfTrue: true });
    expect(conditionalFormatBytes({ range: 'E6:E40', rules: [rule('=A1')] })).toBe(203);
    const outline = '=AND(N("seuranta")=0,TRUE)';
    expect(conditionalFormatBytes({ range: 'E6:E40', rules: [rule('=A1'), rule(outline)] })).toBe(203 + 200 + outline.length);
    expect(conditionalFormatBytes({ range: 'E6:E40', rules: [] })).toBe(0);
  });
});
