/** The shared string table: every text the sheets point at by index. */
import { decodeExcelEscapes } from './decodeExcelEscapes';
import type { ZipEntry } from './readZipDirectory';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';

/**
 * Each `<si>` as the text Excel shows: its `<t>` and its rich text runs' `<t>` in order (plain text
 * before runs too), phonetic guides (`<rPh>`) left out, `_xHHHH_` escapes decoded; an empty `<si/>`
 * is ''. Streamed: a table of a million strings is never held as one text.
 * @example await readSharedStrings(bytes, zip.get('xl/sharedstrings.xml')) //=> ['Toimenpide', 'Ei /\nkorona', …]
 */
export async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  let text = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  await scanXmlPart(bytes, entry, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'si') {
        inItem = true;
        text = '';
      } else if (name === 't') inText = inItem && phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(chunk) {
      if (inText) text += chunk;
    },
    close(tag) {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(decodeExcelEscapes(text));
        inItem = false;
      }
    },
  });
  return strings;
}
