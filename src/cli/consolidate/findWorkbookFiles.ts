/** The unit workbooks a consolidation reads: the files given, and every Excel workbook in the folders given. */
import { promises as fs } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';

/** A workbook to read: where it is, and how its row names it. */
export interface FoundWorkbook {
  path: string;
  /** The path as the office gave it: relative to the working folder where it is inside it. */
  file: string;
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/**
 * Folders are searched recursively for `.xlsx` and `.xlsm`; Excel's lock files (`~$…`, which Excel keeps
 * beside an open workbook) and the paths in `exclude` (this run's own outputs) are skipped. A file named
 * on the command line is read whatever its extension, so a renamed `.xls` gets its row saying why; a path
 * that does not exist is kept too and its row says so. Sorted by path, so two runs list units alike.
 * @example await findWorkbookFiles(['yksiköt'], ['koonti.xlsx']) //=> [{ path: '/…/yksiköt/kotihoito.xlsx', file: 'yksiköt/kotihoito.xlsx' }, …]
 */
export async function findWorkbookFiles(paths: readonly string[], exclude: readonly string[]): Promise<FoundWorkbook[]> {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const found = new Map<string, FoundWorkbook>();
  const add = (path: string) => {
    const absolute = resolve(path);
    if (!excluded.has(absolute) && !isLockFile(absolute)) found.set(absolute, { path: absolute, file: displayName(absolute) });
  };
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (stat?.isDirectory()) for (const file of await workbooksUnder(given)) add(file);
    else add(given);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function workbooksUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && WORKBOOK_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath ?? folder, e.name));
}

function isLockFile(path: string): boolean {
  return basename(path).startsWith('~$');
}

function displayName(absolute: string): string {
  const inside = relative(process.cwd(), absolute);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' ? inside.split(sep).join('/') : absolute;
}
