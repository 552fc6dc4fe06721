import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import { escapeXml } from './escapeXml';

describe('escapeXml', () => {
  it('escapes markup and keeps line breaks inside a cell as references', () => {
    expect(escapeXml('Ei /\nkorona <2021> & "muut"')).toBe('Ei /&#10;korona &lt;2021&gt; &amp; &quot;muut&quot;');
  });

  it('drops what XML cannot carry and keeps emoji and Finnish letters', () => {
    expect(escapeXml('Tila\u0000ok\uFFFE \uD83D\uDE00 äö\uD800')).toBe('Tilaok \uD83D\uDE00 äö');
  });

  it('gives text that an XML parser reads back as the same string, in an attribute and in an element', () => {
    const legal = fc.string({ unit: 'binary' }).map((s) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
    fc.assert(
      fc.property(legal, (text) => {
        const doc = new DOMParser().parseFromString(`<r a="${escapeXml(text)}">${escapeXml(text)}</r>`, 'text/xml');
        expect(doc.documentElement?.getAttribute('a')).toBe(text);
        expect(doc.documentElement?.textContent).toBe(text);
      }),
    );
  });
});
