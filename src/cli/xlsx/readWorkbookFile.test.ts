import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { readWorkbookFile } from './readWorkbookFile';

const dir = mkdtempSync(join(tmpdir(), 'seuranta-read-'));

describe('readWorkbookFile', () => {
  it('reads every sheet in tab order, with the file name, values, merges and Excel tables', async () => {
    const path = join(dir, 'seuranta.xlsx');
    writeFileSync(
      path,
      await workbookDataToXlsx({
        fileName: null,
        sheets: [
          {
            sheet: 'Vammaispalvelut',
            origin: { row: 2, col: 2 },
            values: [
              ['Vammaispalvelut', null, null],
              ['Puheenjohtaja Anne Tolonen', null, null],
              ['Toimenpide', 'Tavoite', 'Toteuma'],
              ['Tavoite 1: Asumispalvelujen rakennemuutos', null, null],
              ['Kehitysvammaisten asumisyksikkö', 'Tehostettu asuminen', ' Kyllä'],
            ],
            tables: [],
            merges: ['B5:D5'],
          },
          {
            sheet: 'Seuranta',
            origin: { row: 1, col: 1 },
            values: [
              ['Toimenpide', 'Tila'],
              ['Palveluohjauksen yhtenäistäminen', 'Käynnissä'],
            ],
            tables: [{ name: 'Seuranta2024', range: 'A1:B2', showHeaders: true }],
          },
        ],
      }),
    );
    const result = await readWorkbookFile(path);
    if (!result.ok) throw new Error(result.detail);
    expect(result.data.fileName).toBe('seuranta.xlsx');
    expect(result.data.sheets.map((s) => s.sheet)).toEqual(['Vammaispalvelut', 'Seuranta']);
    const [first, second] = result.data.sheets;
    expect(first?.origin).toEqual({ row: 2, col: 2 });
    expect(first?.values[3]).toEqual(['Tavoite 1: Asumispalvelujen rakennemuutos', null, null]);
    expect(first?.values[4]?.[2]).toBe(' Kyllä');
    expect(first?.merges).toEqual(['B5:D5']);
    expect(second?.tables).toEqual([{ name: 'Seuranta2024', range: 'A1:B2', showHeaders: true }]);
    expect(second?.values[1]).toEqual(['Palveluohjauksen yhtenäistäminen', 'Käynnissä']);
  });

  it('says a missing file is not found, without throwing', async () => {
    const result = await readWorkbookFile(join(dir, 'puuttuu.xlsx'));
    expect(result).toMatchObject({ ok: false, reason: 'notFound' });
  });

  it('says a file that is not a workbook cannot be read, in one line', async () => {
    const path = join(dir, 'rikki.xlsx');
    writeFileSync(path, 'Tämä ei ole Excel-tiedosto\nvaan tekstiä');
    const result = await readWorkbookFile(path);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    if (!result.ok) expect(result.detail).not.toContain('\n');
  });

  it('says a folder is not a file', async () => {
    const path = join(dir, 'kansio.xlsx');
    mkdirSync(path);
    expect(await readWorkbookFile(path)).toMatchObject({ ok: false, reason: 'notAFile' });
  });
});
