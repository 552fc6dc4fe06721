import { localName } from './localName';

describe('localName', () => {
  it('drops whatever prefix a producer gave the element', () => {
    expect(localName('x:sheetData')).toBe('sheetData');
    expect(localName('main:c')).toBe('c');
    expect(localName('row')).toBe('row');
  });
});
