import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oleFile } from '../../../fixtures/oleFile';
import { problemsWorkbook } from '../../../fixtures/problems';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { getLocale } from '../../core/locales/getLocale';
import { readUnitWorkbook } from './readUnitWorkbook';

jest.setTimeout(30_000);
const dir = mkdtempSync(join(tmpdir(), 'seuranta-unit-'));

describe('readUnitWorkbook', () => {
  it('summarises a readable workbook as its report counts it', async () => {
    const path = join(dir, 'Tyohyvinvointi.xlsx');
    writeFileSync(path, await workbookDataToXlsx(problemsWorkbook()));
    const result = await readUnitWorkbook({ path, file: 'Tyohyvinvointi.xlsx', asOf: '2022-06-30', lang: 'fi' });
    expect(result.kind === 'read' && result.summary).toMatchObject({ ok: true, totals: { total: 14 }, issues: { error: 1 } });
  });

  it('names the unit by the title the workbook carries, else by its file', async () => {
    const titled = join(dir, 'th_v3.xlsx');
    writeFileSync(titled, await workbookDataToXlsx(problemsWorkbook(), { title: 'Työhyvinvointi, Pori' }));
    const untitled = join(dir, 'Tyohyvinvointi_Ulvila.xlsx');
    writeFileSync(untitled, await workbookDataToXlsx(problemsWorkbook()));
    const unitOf = async (path: string) => {
      const result = await readUnitWorkbook({ path, file: path, asOf: '2022-06-30', lang: 'fi' });
      return result.kind === 'read' ? result.summary.unit : null;
    };
    expect(await unitOf(titled)).toBe('Työhyvinvointi, Pori');
    expect(await unitOf(untitled)).toBe('Tyohyvinvointi Ulvila');
  });

  it('gives a protected file report’s own reason, in the run’s language, naming the file as listed', async () => {
    const path = join(dir, 'suojattu.xlsx');
    writeFileSync(path, oleFile(['EncryptionInfo', 'EncryptedPackage']));
    const result = await readUnitWorkbook({ path, file: 'talous/suojattu.xlsx', asOf: '2022-06-30', lang: 'sv' });
    const expected = getLocale('sv').cli.fileEncrypted.replace('{path}', 'talous/suojattu.xlsx');
    expect(result.kind === 'read' && result.summary).toMatchObject({ ok: false, reason: expected });
  });
});
