/** XML text to a DOM the writer edits, failing loudly on what is not well-formed. */
import { DOMParser, type Document } from '@xmldom/xmldom';

/**
 * The part's document; text that is not well-formed XML throws, naming the part (the writer then falls back).
 * @example parseXmlPart('<workbook xmlns="…"><sheets/></workbook>', 'xl/workbook.xml').documentElement?.tagName //=> 'workbook'
 */
export function parseXmlPart(text: string, part: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${part}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}
