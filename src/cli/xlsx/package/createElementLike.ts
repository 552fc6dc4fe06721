/** A new element for a part being edited, in the namespace and with the prefix the part already uses. */
import type { Document, Element } from '@xmldom/xmldom';

/**
 * An element named `name` in `like`'s namespace, written with `like`'s prefix (`x:sheet` in a part that
 * writes `x:workbook`), with its attributes and children.
 * @example createElementLike(doc, sheetsElement, 'sheet', { name: 'Yhteenveto', sheetId: 11 }) // <sheet name="Yhteenveto" sheetId="11"/>
 */
export function createElementLike(
  doc: Document,
  like: Element,
  name: string,
  attrs: Readonly<Record<string, string | number>> = {},
  children: readonly Element[] = [],
): Element {
  const e = doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${name}` : name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.appendChild(c);
  return e;
}
