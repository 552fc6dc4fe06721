import { xlsxPackage } from '../../../../fixtures/xlsxParts';
import { readStyles } from './readStyles';
import { readZipDirectory } from './readZipDirectory';

describe('readStyles', () => {
  it('tells date styles by built-in id and by custom code, and reads indents, from cellXfs only', async () => {
    const bytes = await xlsxPackage({
      sheets: [],
      styles: {
        numFmts: { 164: 'd.m.yyyy', 165: '[Red]#,##0.00', 166: '0.0 "h"', 167: '[h]:mm' },
        cellXfs: [
          {},
          { numFmtId: 14 },
          { numFmtId: 164 },
          { numFmtId: 165 },
          { numFmtId: 166, indent: 2 },
          { numFmtId: 167 },
          { numFmtId: 2 },
          { numFmtId: 22, indent: 1 },
        ],
      },
    });
    const styles = await readStyles(bytes, readZipDirectory(bytes).get('xl/styles.xml'));
    expect(styles.isDate).toEqual([false, true, true, false, false, true, false, true]);
    expect(styles.indent).toEqual([0, 0, 0, 0, 2, 0, 0, 1]);
  });

  it('follows the code a workbook gives a built-in id, as LibreOffice does', async () => {
    const bytes = await xlsxPackage({
      sheets: [],
      styles: { numFmts: { 0: 'dd\\.mm\\.yyyy', 14: '0.00' }, cellXfs: [{}, { numFmtId: 14 }] },
    });
    expect((await readStyles(bytes, readZipDirectory(bytes).get('xl/styles.xml'))).isDate).toEqual([true, false]);
  });

  it('gives a workbook without a styles part no dates and no indents', async () => {
    expect(await readStyles(new Uint8Array(0), undefined)).toEqual({ isDate: [], indent: [] });
  });
});
