import { splitEmbeddedTarget } from './splitEmbeddedTarget';

describe('splitEmbeddedTarget', () => {
  it('splits a target written after the indicator’s name', () => {
    expect(splitEmbeddedTarget('Lähtövaihtuvuus alle 10 %')).toEqual({ indicator: 'Lähtövaihtuvuus', target: 'alle 10 %' });
    expect(splitEmbeddedTarget('Sairauspoissaolot: pienenee')).toEqual({ indicator: 'Sairauspoissaolot', target: 'pienenee' });
    expect(splitEmbeddedTarget('Odotusaika ≤ 14 vrk')).toEqual({ indicator: 'Odotusaika', target: '≤ 14 vrk' });
  });

  it('keeps names that only open with a comparison word or hold a unit', () => {
    expect(splitEmbeddedTarget('Yli 75-vuotiaat asukkaat')).toBeNull();
    expect(splitEmbeddedTarget('Sairauspoissaolo % (Prima)')).toBeNull();
    expect(splitEmbeddedTarget('NPS')).toBeNull();
  });
});
