import { DOMParser } from '@xmldom/xmldom';
import { childElements } from './childElements';

describe('childElements', () => {
  it('lists element children by local name whatever the prefix, skipping text and grandchildren', () => {
    const doc = new DOMParser().parseFromString(
      '<x:sheets xmlns:x="urn:sml">\n  <x:sheet name="Lastensuojelu"/><!-- x --><x:sheet name="Talous"><x:sheet name="sisällä"/></x:sheet><x:other/></x:sheets>',
      'text/xml',
    );
    const root = doc.documentElement!;
    expect(childElements(root, 'sheet').map((s) => s.getAttribute('name'))).toEqual(['Lastensuojelu', 'Talous']);
    expect(childElements(root)).toHaveLength(3);
  });
});
