/** Text made safe for an XML attribute or element of a part the CLI writes itself. */

// Characters XML 1.0 cannot carry at all, even as references: C0 controls but tab, line feed and
// carriage return; U+FFFE/U+FFFF; and halves of surrogate pairs that have no other half.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');
const SPECIAL = /[&<>"\t\n\r]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
const REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes markup and keeps tabs and line breaks as character references, so the same text serves an
 * attribute (where a parser would fold a literal line break into a space) and an element; drops what
 * XML cannot carry (a cell's text that needs those is encoded first by `encodeCellString`).
 * @example escapeXml('Ei /\nkorona <2021> & "muut"') //=> 'Ei /&#10;korona &lt;2021&gt; &amp; &quot;muut&quot;'
 */
export function escapeXml(text: string): string {
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML_ALL, '') : text;
  return SPECIAL.test(clean) ? clean.replace(SPECIAL_ALL, (c) => REFERENCE[c] ?? c) : clean;
}
