/** What an element of a parsed part says, as one string, so that equal entries can be found again. */
import type { Element } from '@xmldom/xmldom';
import { childElements } from './childElements';

/**
 * The element's local name, its attributes sorted by name (namespace declarations left out) and its
 * element children's keys in order; prefixes and whitespace between elements do not count, as they do
 * not change what a style entry means.
 * @example elementKey(parse('<x:font><x:b/><x:sz val="11"/></x:font>')) === elementKey(parse('<font>\n<b/><sz  val="11"/></font>')) //=> true
 */
export function elementKey(element: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const a = element.attributes.item(i);
    if (!a || a.name === 'xmlns' || a.prefix === 'xmlns') continue;
    attrs.push(`${a.localName ?? a.name}=${JSON.stringify(a.value)}`);
  }
  attrs.sort();
  return `<${element.localName ?? element.nodeName} ${attrs.join(' ')}>${childElements(element).map(elementKey).join('')}</>`;
}
