import JSZip from 'jszip';
import { addPlansToXlsx } from '../xlsx/package/addPlansToXlsx';
import { readXlsxPackage } from '../xlsx/read/readXlsxPackage';
import { emptyWorkbookPackage } from './emptyWorkbookPackage';

describe('emptyWorkbookPackage', () => {
  it('is a workbook with no sheets, to which the package writer adds a plan’s sheet', async () => {
    const empty = await emptyWorkbookPackage();
    expect(Object.keys((await JSZip.loadAsync(empty)).files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/theme/theme1.xml',
      'xl/workbook.xml',
    ]);
    const plan = {
      kind: 'consolidation' as const,
      name: 'Koonti',
      values: [['Seurannan koonti']],
      formats: [],
      conditionalFormats: [],
      links: [],
      columnWidths: [40],
    };
    const written = await addPlansToXlsx(empty, [plan], new Map());
    expect(written.ok && written.sheetNames).toEqual(['Koonti']);
    if (!written.ok) return;
    const read = await readXlsxPackage(written.bytes, 'koonti.xlsx');
    expect(read.sheets.map((s) => [s.sheet, s.values[0]?.[0]])).toEqual([['Koonti', 'Seurannan koonti']]);
  });
});
