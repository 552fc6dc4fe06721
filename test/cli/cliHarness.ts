/** Test harness for the CLI: fixture workbooks as real files in a temp folder, the CLI run in-process or as a process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { workbookDataToXlsx } from '../../fixtures/toXlsx';
import type { WorkbookData } from '../../src/core/grid';
import { runCli } from '../../src/cli/runCli';
import { collectWrittenWorkbook } from '../libreoffice/collectWrittenWorkbook';

/** A report or consolidate run that ended with its outputs written (0: done, 1: errors) leaves its workbook for LibreOffice to open. */
function collectReportWorkbook(argv: readonly string[], code: number | null): void {
  const out = argv.indexOf('--out');
  const path = out === -1 ? undefined : argv[out + 1];
  const writes = argv[0] === 'report' || argv[0] === 'consolidate';
  if (writes && (code === 0 || code === 1) && path !== undefined) collectWrittenWorkbook(path);
}

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/**
 * A fresh temp folder for one test file.
 * @example const dir = tempDir('report')
 */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `seuranta-cli-${label}-`));
}

/**
 * Writes fixture grids as a real .xlsx file and returns its path.
 * @example await writeXlsx(dir, 'seed000.xlsx', seed000Workbook())
 */
export async function writeXlsx(dir: string, name: string, data: WorkbookData): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookDataToXlsx(data));
  return path;
}

/**
 * Runs the CLI in this process with a fixed clock and collects its lines.
 * @example (await cli(['validate', path])).code //=> 0
 */
export async function cli(argv: readonly string[], now: Date = new Date(2024, 5, 30, 12)): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, now);
  collectReportWorkbook(argv, code);
  return { code, out, err };
}

/**
 * Runs the compiled CLI (`bin/seuranta.cjs`) as a separate process, the way `npm run cli` and `seuranta` do.
 * @example spawnCli(['report', 'puuttuu.xlsx']).status //=> 2
 */
export function spawnCli(argv: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const root = join(__dirname, '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'bin', 'seuranta.cjs'), ...argv], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  collectReportWorkbook(argv, result.status);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Opens an .xlsx file with ExcelJS for inspection.
 * @example (await openXlsx(out)).worksheets.length //=> 3
 */
export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
