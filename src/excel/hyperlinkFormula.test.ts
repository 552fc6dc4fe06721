import { hyperlinkFormula } from './hyperlinkFormula';

describe('hyperlinkFormula', () => {
  it('links inside the workbook with the sheet quoted and quotes doubled', () => {
    expect(hyperlinkFormula({ cell: 'F7', sheet: 'Tiedolla johtaminen', target: 'E12', text: 'E12' })).toBe(
      `=HYPERLINK("#'Tiedolla johtaminen'!E12","E12")`,
    );
    expect(hyperlinkFormula({ cell: 'F8', sheet: "Lasten'suojelu", target: 'C7', text: 'Katso "C7"' })).toBe(
      `=HYPERLINK("#'Lasten''suojelu'!C7","Katso ""C7""")`,
    );
  });

  it("cuts a text longer than a formula's text constant holds", () => {
    const formula = hyperlinkFormula({ cell: 'F7', sheet: 'Hyte', target: 'E12', text: 'Toimenpide '.repeat(30) });
    const shown = formula.slice(formula.indexOf('","') + 3, -2);
    expect(shown).toHaveLength(255);
    expect(shown.endsWith('…')).toBe(true);
  });
});
