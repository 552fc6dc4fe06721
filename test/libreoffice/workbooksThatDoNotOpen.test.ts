import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetXlsx } from './sheetXlsx';
import { workbooksThatDoNotOpen } from './workbooksThatDoNotOpen';

describe('workbooksThatDoNotOpen', () => {
  it('names exactly the files LibreOffice cannot load, all checked in one run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seuranta-open-check-'));
    const good = join(dir, 'hyva.xlsx');
    const cut = join(dir, 'katkennut.xlsx');
    const notAWorkbook = join(dir, 'teksti.xlsx');
    const workbook = sheetXlsx([[{ text: 'Kyllä' }]]);
    writeFileSync(good, workbook);
    writeFileSync(cut, workbook.slice(0, 300));
    writeFileSync(notAWorkbook, 'Toimenpide;Tila\n');
    expect(workbooksThatDoNotOpen([good, cut, notAWorkbook]).failed).toEqual([cut, notAWorkbook]);
  }, 120_000);
});
