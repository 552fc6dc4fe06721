import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWorkbookFiles } from './findWorkbookFiles';

function folder(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'seuranta-find-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  return dir;
}

describe('findWorkbookFiles', () => {
  it('finds .xlsx and .xlsm in subfolders, sorted, without lock files, other files or this run’s outputs', async () => {
    const dir = folder(['b.xlsx', 'a/c.XLSM', 'a/~$c.xlsm', 'muistio.docx', 'vanha.xls', 'koonti.xlsx']);
    const found = await findWorkbookFiles([dir], [join(dir, 'koonti.xlsx')]);
    expect(found.map((f) => f.path)).toEqual([join(dir, 'a', 'c.XLSM'), join(dir, 'b.xlsx')]);
  });

  it('keeps a file named on the command line whatever its extension, once even when its folder is given too', async () => {
    const dir = folder(['b.xlsx', 'vanha.xls']);
    const found = await findWorkbookFiles([join(dir, 'vanha.xls'), dir, join(dir, 'b.xlsx')], []);
    expect(found.map((f) => f.path)).toEqual([join(dir, 'b.xlsx'), join(dir, 'vanha.xls')]);
  });

  it('names a file inside the working folder by its relative path', async () => {
    const found = await findWorkbookFiles(['package.json'], []);
    expect(found).toEqual([{ path: join(process.cwd(), 'package.json'), file: 'package.json' }]);
  });
});
