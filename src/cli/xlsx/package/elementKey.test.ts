import { DOMParser } from '@xmldom/xmldom';
import { elementKey } from './elementKey';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;

describe('elementKey', () => {
  it('is the same for the same entry whatever its prefix, attribute order and whitespace', () => {
    expect(elementKey(parse('<x:xf xmlns:x="urn:sml" numFmtId="0" fontId="3"><x:alignment wrapText="1"/></x:xf>'))).toBe(
      elementKey(parse('<xf xmlns="urn:sml" fontId="3"  numFmtId="0">\n  <alignment wrapText="1"/>\n</xf>')),
    );
  });

  it('differs for another value, another child or another child order, so two different entries are never taken for one', () => {
    const bold = elementKey(parse('<font><b/><sz val="11"/></font>'));
    expect(elementKey(parse('<font><b/><sz val="12"/></font>'))).not.toBe(bold);
    expect(elementKey(parse('<font><b/><i/><sz val="11"/></font>'))).not.toBe(bold);
    expect(elementKey(parse('<font><sz val="11"/><b/></font>'))).not.toBe(bold);
    expect(elementKey(parse('<font><sz val="11 "/></font>'))).not.toBe(elementKey(parse('<font><sz val="11"/></font>')));
  });
});
