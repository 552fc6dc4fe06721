import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { xlsxPackage } from '../../../fixtures/xlsxParts';
import * as reader from './read/readXlsxPackage';
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

  it('says a text file named .xlsx is text, in one line', async () => {
    const path = join(dir, 'rikki.xlsx');
    writeFileSync(path, 'Tämä ei ole Excel-tiedosto\nvaan tekstiä');
    const result = await readWorkbookFile(path);
    expect(result).toMatchObject({ ok: false, reason: 'text' });
    if (!result.ok) expect(result.detail).not.toContain('\n');
  });

  it('names the damaged part of a workbook whose sheet is not XML', async () => {
    const path = join(dir, 'osa-rikki.xlsx');
    writeFileSync(path, await xlsxPackage({ sheets: [{ name: 'Seuranta', xml: 'Toimenpide;Tila' }] }));
    expect(await readWorkbookFile(path)).toMatchObject({ ok: false, reason: 'damagedPart', part: 'xl/worksheets/sheet1.xml' });
  });

  it("hands the writer the file's bytes and the tool's earlier sheets, read back from their marker", async () => {
    const path = join(dir, 'toinen-ajo.xlsx');
    const marker = [...Array<null>(51).fill(null), 'seuranta:generated:summary'];
    const bytes = await workbookDataToXlsx({
      fileName: null,
      sheets: [
        { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values: [['Käyttäjän oma yhteenveto']], tables: [] },
        { sheet: 'Yhteenveto (2)', origin: { row: 1, col: 1 }, values: [marker], tables: [] },
      ],
    });
    writeFileSync(path, bytes);
    const result = await readWorkbookFile(path);
    if (!result.ok) throw new Error(result.detail);
    expect(result.source.bytes.equals(bytes)).toBe(true);
    expect(result.source.generated).toEqual(new Map([['Yhteenveto (2)', 'summary']]));
  });

  it('throws a fault of its own instead of blaming the file', async () => {
    const path = join(dir, 'bugi.xlsx');
    writeFileSync(
      path,
      await workbookDataToXlsx({ fileName: null, sheets: [{ sheet: 'A', origin: { row: 1, col: 1 }, values: [[1]], tables: [] }] }),
    );
    const spy = jest
      .spyOn(reader, 'readXlsxPackage')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'sheets')"));
    try {
      await expect(readWorkbookFile(path)).rejects.toThrow(TypeError);
    } finally {
      spy.mockRestore();
    }
  });

  it('says a folder is not a file', async () => {
    const path = join(dir, 'kansio.xlsx');
    mkdirSync(path);
    expect(await readWorkbookFile(path)).toMatchObject({ ok: false, reason: 'notAFile' });
  });
});
