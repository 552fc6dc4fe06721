import { detachedText } from './detachedText';

describe('detachedText', () => {
  it('keeps a cell text cut from a slice of XML exactly as it was, short or long', () => {
    const xml = '<c r="E17" t="inlineStr"><is><t>21.a Raportoinnin kehittäminen:\n- Analytiikan kehittäminen 𝄞</t></is></c>';
    const text = xml.slice(xml.indexOf('<t>') + 3, xml.indexOf('</t>'));
    expect(detachedText(text)).toBe('21.a Raportoinnin kehittäminen:\n- Analytiikan kehittäminen 𝄞');
    expect(detachedText('Kyllä')).toBe('Kyllä');
    expect(detachedText(' Ei /korona ')).toBe(' Ei /korona ');
    expect(detachedText('')).toBe('');
  });
});
