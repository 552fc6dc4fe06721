/** Recognises the tool's own conditional-format rules among a user's. */

/**
 * True when a rule's formula carries the tool's tag `N("seuranta")` (Excel may space or case it differently when it hands
 * the formula back).
 * @example isSeurantaRule('=AND(N("seuranta")=0,OR(ISNUMBER(SEARCH({" poistettu "},E6))))') //=> true
 */
export function isSeurantaRule(formula: unknown): boolean {
  return typeof formula === 'string' && /N\(\s*"seuranta"\s*\)/i.test(formula);
}
