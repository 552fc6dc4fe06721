/**
 * `npm run screenshots`: the README's pictures of the generated sheets, as a spreadsheet prints them. The demo's workbook
 * goes through the CLI, LibreOffice prints the report workbook to PDF, and the first page of each generated sheet becomes a
 * PNG in docs/screenshots/ (the task pane's pictures come from the browser test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED001_FOLLOW_UP_AS_OF } from '../fixtures/seed001FollowUp';
import { runCli } from '../src/cli/runCli';
import { getLocale } from '../src/core/locales/getLocale';
import { convertWithLibreOffice } from '../test/libreoffice/convertWithLibreOffice';
import { readPdfPages } from '../test/libreoffice/readPdfPages';
import { sheetPageNumbers } from '../test/libreoffice/sheetPageNumbers';
import { exampleWorkbookXlsx } from './exampleWorkbook';

const SHOTS = join(__dirname, '..', 'docs', 'screenshots');
/** Dots per inch of the pictures: an A4 page 935 pixels wide, as wide as the README shows it. */
const DPI = 80;

async function screenshots(): Promise<number> {
  const fi = getLocale('fi');
  const dir = mkdtempSync(join(tmpdir(), 'seuranta-screenshots-'));
  try {
    const input = join(dir, 'seuranta-esimerkki.xlsx');
    const report = join(dir, 'seuranta-esimerkki-raportti.xlsx');
    writeFileSync(input, await exampleWorkbookXlsx());
    const io = { out: () => undefined, err: (line: string) => console.error(line) };
    const code = await runCli(
      ['report', input, '--out', report, '--json', join(dir, 'raportti.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF],
      io,
    );
    if (code > 1) return code;
    const pdf = convertWithLibreOffice([report], dir, 'pdf').outputs.get(report);
    if (!pdf) throw new Error('LibreOffice printed no PDF of the report workbook.');
    const pages = readPdfPages(pdf);
    for (const [title, file] of [
      [fi.summary.title, 'print-summary'],
      [fi.budgetSheet.title, 'print-budget'],
    ] as const) {
      const [first] = sheetPageNumbers(pages, title);
      if (first === undefined) throw new Error(`No page of the PDF is headed '${title}'.`);
      const out = join(SHOTS, file);
      const run = spawnSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(first), '-l', String(first), '-singlefile', pdf, out]);
      if (run.status !== 0) throw new Error(`pdftoppm failed: ${String(run.stderr)}`);
      console.log(`${out}.png: page ${first} of ${pages.length}, the first of '${title}'`);
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void screenshots().then((code) => {
  process.exitCode = code;
});
