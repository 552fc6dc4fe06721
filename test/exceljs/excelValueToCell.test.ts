import { excelValueToCell } from './excelValueToCell';

describe('excelValueToCell', () => {
  it('gives rich text as the text a person reads, line breaks kept', () => {
    expect(excelValueToCell({ richText: [{ text: 'Ei /' }, { font: { bold: true }, text: '\nkorona' }] })).toBe('Ei /\nkorona');
  });

  it('gives a formula its cached result, and an uncalculated formula as empty', () => {
    expect(excelValueToCell({ formula: 'SUM(C4:C9)', result: 30842 })).toBe(30842);
    expect(excelValueToCell({ formula: 'A1&B1', result: 'Kyllä' })).toBe('Kyllä');
    expect(excelValueToCell({ formula: 'NOW()' } as never)).toBeNull();
    expect(excelValueToCell({ sharedFormula: 'C4', result: 12 } as never)).toBe(12);
  });

  it('keeps a formula that ended in an error as that error', () => {
    expect(excelValueToCell({ formula: 'Talous!Q9', result: { error: '#REF!' } } as never)).toEqual({ error: '#REF!' });
  });

  it('gives a hyperlink its shown text, rich or plain', () => {
    expect(excelValueToCell({ text: 'Hankesivu', hyperlink: 'https://example.fi' })).toBe('Hankesivu');
    expect(excelValueToCell({ text: { richText: [{ text: 'Hanke' }, { text: 'sivu' }] }, hyperlink: 'x' } as never)).toBe('Hankesivu');
  });

  it('keeps dates, numbers, booleans and errors as they are, and empty text as an empty cell', () => {
    const d = new Date(Date.UTC(2024, 11, 31));
    expect(excelValueToCell(d)).toBe(d);
    expect(excelValueToCell(-378568)).toBe(-378568);
    expect(excelValueToCell(true)).toBe(true);
    expect(excelValueToCell({ error: '#DIV/0!' } as never)).toEqual({ error: '#DIV/0!' });
    expect(excelValueToCell('')).toBeNull();
    expect(excelValueToCell(null)).toBeNull();
    expect(excelValueToCell(undefined)).toBeNull();
  });
});
