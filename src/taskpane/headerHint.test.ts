import { getLocale } from '../core/locales/getLocale';
import { headerHint } from './headerHint';

describe('headerHint', () => {
  it("names the Finnish template headers a manager knows, capitalised, from the locale's header words", () => {
    const { number: _n, ...roles } = getLocale('fi').headerWords;
    const hint = headerHint(roles);
    expect(hint.split(', ')).toEqual(Object.values(roles).map((w) => w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1)));
    expect(hint).toContain('Toimenpide');
    expect(hint).toContain('Vastuuhenkilö');
  });

  it('follows the language: Swedish headers for a Swedish pane', () => {
    expect(headerHint(getLocale('sv').headerWords)).toContain('Åtgärd');
    expect(headerHint(getLocale('sv').headerWords)).not.toContain('Toimenpide');
  });

  it('writes an abbreviated budget header as the finance office does', () => {
    expect(headerHint({ proposal: ['ta-esitys'], frame: ['kehys'] })).toBe('TA-esitys, Kehys');
  });

  it('skips empty word lists and repeats', () => {
    expect(headerHint({ a: ['toteuma'], b: [], c: ['  '], d: ['toteuma', 'tila'] })).toBe('Toteuma');
  });
});
