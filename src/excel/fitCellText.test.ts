import { fitCellText } from './fitCellText';

describe('fitCellText', () => {
  it('keeps a text that fits and cuts a longer one to 32 767 characters ending in an ellipsis', () => {
    const action = 'Perhekeskuksen palveluohjauksen kehittäminen. ';
    expect(fitCellText(action)).toBe(action);
    const exactly = 'x'.repeat(32_767);
    expect(fitCellText(exactly)).toBe(exactly);
    const long = action.repeat(1000);
    const cut = fitCellText(long);
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("cuts to a formula's 255-character text constant when asked", () => {
    expect(fitCellText('Toimenpide '.repeat(30), 255)).toHaveLength(255);
  });
});
