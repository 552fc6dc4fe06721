/** What a relationship points at, the same for Transitional and Strict OOXML. */

const FAMILIES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/',
];

/**
 * The last segment of a relationship type of either OOXML family (`worksheet`, `officeDocument`,
 * `sharedStrings`, …); any other type is returned whole, so it matches none of them.
 * @example relationshipKind('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet') //=> 'worksheet'
 */
export function relationshipKind(type: string): string {
  const family = FAMILIES.find((f) => type.startsWith(f));
  return family === undefined ? type : type.slice(family.length);
}
