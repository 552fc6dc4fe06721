/** An Excel table (ListObject) part: its name, range and whether its header row shows. */
import type { ExcelTable } from '../../../core';
import type { ZipEntry } from './readZipDirectory';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';

/**
 * The table's `name` (its `displayName` when it has none), `ref` and `headerRowCount`, which is 1
 * when absent: Excel writes it only for a table without headers. A part without a range gives null.
 * @example await readTablePart(bytes, zip.get('xl/tables/table1.xml')!) //=> { name: 'Toimenpiteet', range: 'B4:D6', showHeaders: true }
 */
export async function readTablePart(bytes: Uint8Array, entry: ZipEntry): Promise<ExcelTable | null> {
  let table: ExcelTable | null = null;
  await scanXmlPart(bytes, entry, {
    open(tag) {
      const name = localName(tag.name);
      const attributes = tag.attributes;
      if (name !== 'table' || table !== null) return;
      const range = attributes.ref;
      if (range === undefined || range === '') return;
      table = { name: attributes.name ?? attributes.displayName ?? '', range, showHeaders: attributes.headerRowCount !== '0' };
    },
  });
  return table;
}
