/**
 * The generated sheets as the board gets them: LibreOffice prints the CLI's report workbooks (the demo's, and a summary of
 * 2 000 items) to PDF in one run, and poppler reads the pages back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkbook } from '../../bench/generate';
import { SEED001_FOLLOW_UP_AS_OF } from '../../fixtures/seed001FollowUp';
import { workbookDataToXlsx } from '../../fixtures/toXlsx';
import { exampleWorkbookXlsx } from '../../scripts/exampleWorkbook';
import { runCli } from '../../src/cli/runCli';
import { getLocale } from '../../src/core/locales/getLocale';
import type { Report } from '../../src/core/schema/report';
import { SUMMARY_LIST_LIMIT } from '../../src/core/summary/planSummarySheet';
import { convertWithLibreOffice } from './convertWithLibreOffice';
import { overlappingWords } from './overlappingWords';
import { readPdfPages, type PdfPage } from './readPdfPages';

const fi = getLocale('fi');
/** A4 in points. */
const A4 = { long: 841.89, short: 595.3 };

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The words of the page's first line at or below `below` points, left to right. */
function lineBelow(page: PdfPage, below: number): { text: string; bottom: number } {
  const under = page.words.filter((w) => w.yMin > below);
  const top = Math.min(...under.map((w) => w.yMin));
  const line = under.filter((w) => w.yMin < top + 2).sort((a, b) => a.xMin - b.xMin);
  return { text: squash(line.map((w) => w.text).join(' ')), bottom: Math.max(...line.map((w) => w.yMax)) };
}
/** The page header: the top line of the page. */
const headerLine = (page: PdfPage): string => lineBelow(page, -1).text;
/** The first line of the sheet's own cells: the line under the header. */
const firstBodyLine = (page: PdfPage): string => lineBelow(page, lineBelow(page, -1).bottom - 1).text;

/** The pages a generated sheet printed on: those whose header starts with its title. */
const pagesOf = (pages: readonly PdfPage[], title: string): PdfPage[] => pages.filter((p) => headerLine(p).startsWith(title));

async function report(dir: string, name: string, input: Buffer, asOf: string): Promise<{ xlsx: string; report: Report }> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, input);
  const xlsx = join(dir, `${name}-raportti.xlsx`);
  const json = join(dir, `${name}-raportti.json`);
  const code = await runCli(['report', path, '--out', xlsx, '--json', json, '--as-of', asOf, '--lang', 'fi'], {
    out: () => undefined,
    err: () => undefined,
  });
  if (code > 1) throw new Error(`the CLI failed on ${name} with exit code ${code}`);
  return { xlsx, report: JSON.parse(readFileSync(json, 'utf8')) as Report };
}

describe('the generated sheets printed by LibreOffice', () => {
  let printed: { name: string; report: Report; pages: PdfPage[] }[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seuranta-board-'));
    const demo = await report(dir, 'esimerkki', await exampleWorkbookXlsx(), SEED001_FOLLOW_UP_AS_OF);
    const large = await report(dir, 'iso', await workbookDataToXlsx(generateWorkbook({ rows: 2000, sheets: 4 }).data), '2024-06-30');
    const run = convertWithLibreOffice([demo.xlsx, large.xlsx], join(dir, 'pdf'), 'pdf');
    printed = [
      { name: 'demo', report: demo.report, pdf: run.outputs.get(demo.xlsx) },
      { name: '2 000 items', report: large.report, pdf: run.outputs.get(large.xlsx) },
    ].map(({ name, report, pdf }) => {
      if (!pdf) throw new Error(`LibreOffice printed no PDF of the ${name} report:\n${run.log}`);
      return { name, report, pages: readPdfPages(pdf) };
    });
  }, 300_000);

  const sheets = [
    { title: fi.summary.title, kinds: ['demo', '2 000 items'] },
    { title: fi.budgetSheet.title, kinds: ['demo', '2 000 items'] },
  ];

  it.each(sheets)('prints $title on A4 landscape, one page wide: every page shows its column A', ({ title }) => {
    for (const { name, pages } of printed) {
      const own = pagesOf(pages, title);
      expect({ name, pages: own.length > 0 }).toEqual({ name, pages: true });
      for (const [i, page] of own.entries()) {
        expect({ name, page: i + 1, width: Math.round(page.width), height: Math.round(page.height) }).toEqual({
          name,
          page: i + 1,
          width: Math.round(A4.long),
          height: Math.round(A4.short),
        });
        // Rows 1 to the as-of date repeat on every page; column A holds the title, so a page without it is a page to the right.
        expect({ name, page: i + 1, titleRow: firstBodyLine(page).startsWith(title) }).toEqual({
          name,
          page: i + 1,
          titleRow: true,
        });
        expect({ name, page: i + 1, header: headerLine(page) }).toEqual({
          name,
          page: i + 1,
          header: expect.stringMatching(/Tilanne \d+\.\d+\.\d{4}$/),
        });
        expect(page.text).toMatch(/Sivu \d+ \/ \d+/);
      }
    }
  });

  it.each(sheets)('draws no text of $title over another: every wrapped row is tall enough', ({ title }) => {
    for (const { name, pages } of printed) {
      for (const [i, page] of pagesOf(pages, title).entries()) {
        expect({ name, page: i + 1, overlaps: overlappingWords(page.words) }).toEqual({ name, page: i + 1, overlaps: [] });
      }
    }
  });

  it('prints every overdue action the summary lists whole, word for word', () => {
    for (const { name, report, pages } of printed) {
      const text = squash(
        pagesOf(pages, fi.summary.title)
          .map((p) => p.text)
          .join(' '),
      );
      const listed = report.actionTables
        .flatMap((t) => t.items.filter((i) => i.overdue))
        .slice(0, SUMMARY_LIST_LIMIT)
        .map((i) => squash(i.action));
      expect({ name, listed: listed.length > (name === 'demo' ? 0 : 100) }).toEqual({ name, listed: true });
      const missing = listed.filter((action) => !text.includes(action));
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
  });
});
