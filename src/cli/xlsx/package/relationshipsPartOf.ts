/** Where a part's relationships live, by OPC's naming rule. */

/**
 * The relationships part of a part (`''` is the package itself).
 * @example relationshipsPartOf('xl/worksheets/sheet1.xml') //=> 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
