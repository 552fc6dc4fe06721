import { conditionalRuleToExcel } from './conditionalRuleToExcel';

describe('conditionalRuleToExcel', () => {
  it('drops the leading = and puts a solid fill in bgColor, as differential formats need', () => {
    expect(conditionalRuleToExcel({ formula: '=$C2="done"', fill: '#63BE7B', stopIfTrue: true }, 3)).toEqual({
      type: 'expression',
      priority: 3,
      formulae: ['$C2="done"'],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF63BE7B' } } },
    });
  });

  it('gives a removed status grey struck text and an unknown one a purple outline', () => {
    const removed = conditionalRuleToExcel({ formula: '=C2="x"', fontColor: '#7F7F7F', strike: true, stopIfTrue: true }, 1);
    expect(removed.style?.font).toEqual({ color: { argb: 'FF7F7F7F' }, strike: true });
    const unknown = conditionalRuleToExcel({ formula: '=C2="?"', outline: '#7030A0', stopIfTrue: true }, 2);
    expect(unknown.style?.border?.left).toEqual({ style: 'thin', color: { argb: 'FF7030A0' } });
    expect(unknown.style?.fill).toBeUndefined();
  });
});
