import { attributeOf } from './attributeOf';

describe('attributeOf', () => {
  it('finds a relationship id under whatever prefix the part declared for it', () => {
    expect(attributeOf({ name: 'Talous', 'r:id': 'rId2' }, 'id')).toBe('rId2');
    expect(attributeOf({ name: 'Talous', 'rel:id': 'rId7' }, 'id')).toBe('rId7');
  });

  it('prefers the plain attribute and never takes a namespace declaration for it', () => {
    expect(attributeOf({ 'r:ref': 'B2', ref: 'A1:C3' }, 'ref')).toBe('A1:C3');
    expect(attributeOf({ 'xmlns:id': 'urn:x' }, 'id')).toBeUndefined();
  });
});
