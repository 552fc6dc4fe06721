/** The headers the readers look for, as a short list a manager recognises from their own templates. */

/**
 * The first (main) word of each column, capitalised, joined for a message.
 * @example headerHint({ action: ['toimenpide', 'toimenpiteet'], status: ['toteuma', 'tila'] }) //=> 'Toimenpide, Toteuma'
 */
export function headerHint(words: Readonly<Record<string, readonly string[]>>): string {
  const heads: string[] = [];
  for (const list of Object.values(words)) {
    const first = list[0]?.trim();
    if (first === undefined || first === '') continue;
    // A short prefix before a hyphen is an abbreviation, written in capitals: "ta-esitys" → "TA-esitys".
    const abbreviation = /^(\p{L}{1,3})-(.*)$/u.exec(first);
    const word = abbreviation
      ? `${abbreviation[1]?.toLocaleUpperCase()}-${abbreviation[2]}`
      : first.charAt(0).toLocaleUpperCase() + first.slice(1);
    if (!heads.includes(word)) heads.push(word);
  }
  return heads.join(', ');
}
