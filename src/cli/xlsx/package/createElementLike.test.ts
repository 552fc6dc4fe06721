import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { createElementLike } from './createElementLike';

describe('createElementLike', () => {
  it("writes a new element with the prefix the part uses, so it lands in the part's namespace", () => {
    const doc = new DOMParser().parseFromString('<x:workbook xmlns:x="urn:sml"><x:sheets/></x:workbook>', 'text/xml');
    const sheets = doc.documentElement!.firstChild as unknown as Parameters<typeof createElementLike>[1];
    sheets.appendChild(createElementLike(doc, sheets, 'sheet', { name: 'Yhteenveto', sheetId: 11 }));
    expect(new XMLSerializer().serializeToString(doc)).toBe(
      '<x:workbook xmlns:x="urn:sml"><x:sheets><x:sheet name="Yhteenveto" sheetId="11"/></x:sheets></x:workbook>',
    );
    expect(sheets.lastChild?.namespaceURI).toBe('urn:sml');
  });

  it('writes it unprefixed in a part with a default namespace, children included', () => {
    const doc = new DOMParser().parseFromString('<styleSheet xmlns="urn:sml"/>', 'text/xml');
    const root = doc.documentElement!;
    root.appendChild(createElementLike(doc, root, 'font', {}, [createElementLike(doc, root, 'b')]));
    expect(new XMLSerializer().serializeToString(doc)).toBe('<styleSheet xmlns="urn:sml"><font><b/></font></styleSheet>');
  });
});
