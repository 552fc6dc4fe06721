import { statusConditionalRules } from '../core/status/statusConditionalRules';
import { isSeurantaRule } from './isSeurantaRule';

describe('isSeurantaRule', () => {
  it("recognises every rule the core generates and none of a user's", () => {
    const ours = statusConditionalRules('E6');
    expect(ours.length).toBeGreaterThan(3);
    for (const rule of ours) expect(isSeurantaRule(rule.formula)).toBe(true);
    expect(isSeurantaRule('=ISNUMBER(SEARCH("kesken",E6))')).toBe(false);
    expect(isSeurantaRule('=N(E6)>0')).toBe(false);
    expect(isSeurantaRule(null)).toBe(false);
  });
  it('tolerates the spacing and case Excel may give the formula back in', () => {
    expect(isSeurantaRule('=AND(n( "Seuranta" )=0,E6="Kyllä")')).toBe(true);
  });
});
