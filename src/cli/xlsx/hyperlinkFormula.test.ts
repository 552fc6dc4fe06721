import { hyperlinkFormula } from './hyperlinkFormula';

describe('hyperlinkFormula', () => {
  it('links into the workbook with the sheet quoted', () => {
    expect(hyperlinkFormula({ cell: 'A9', sheet: 'Lastensuojelu', target: 'C7', text: 'C7' })).toBe(
      `HYPERLINK("#'Lastensuojelu'!C7","C7")`,
    );
  });

  it("survives apostrophes in sheet names and quotes in the shown text", () => {
    expect(hyperlinkFormula({ cell: 'A9', sheet: "Lasten'suojelu", target: 'D12', text: 'Toimenpide "2.b"' })).toBe(
      `HYPERLINK("#'Lasten''suojelu'!D12","Toimenpide ""2.b""")`,
    );
  });
});
