/** Element children of a parsed part's element, by local name, whatever prefix the part uses. */
import type { Element } from '@xmldom/xmldom';

/**
 * The element children of `parent` (no text or comments), only those named `localName` when given.
 * @example childElements(sheetsElement, 'sheet').map((s) => s.getAttribute('name')) //=> ['Lastensuojelu', 'Talous']
 */
export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}
