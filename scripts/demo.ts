/** `npm run demo`: writes the example workbook from the seeds, runs the report on it and prints the summary. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { SEED001_FOLLOW_UP_AS_OF } from '../fixtures/seed001FollowUp';
import { formatMessage } from '../src/core/i18n/formatMessage';
import { getLocale } from '../src/core/locales/getLocale';
import { EXIT } from '../src/cli/exitCodes';
import { langFromArgs } from '../src/cli/langFromArgs';
import { runCli } from '../src/cli/runCli';
import { exampleWorkbookXlsx } from './exampleWorkbook';

const EXAMPLES = join(__dirname, '..', 'examples');
const INPUT = join(EXAMPLES, 'seuranta-esimerkki.xlsx');
const REPORT = join(EXAMPLES, 'seuranta-esimerkki-raportti.xlsx');
const JSON_OUT = join(EXAMPLES, 'seuranta-esimerkki-raportti.json');

async function demo(argv: readonly string[]): Promise<number> {
  const lang = langFromArgs(argv);
  const locale = getLocale(lang);
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  mkdirSync(EXAMPLES, { recursive: true });

  // The example is committed; rewrite it only when its content changed, so a demo run leaves git clean.
  const fresh = await exampleWorkbookXlsx();
  if (!(await sameWorkbookContent(INPUT, fresh))) writeFileSync(INPUT, fresh);
  const shown = shortPath(INPUT);
  io.out(formatMessage(locale.cli.demoExample, { path: shown }));
  io.out('');

  // The follow-up is judged on a fixed day so the demo reads the same every time.
  const code = await runCli(
    ['report', shown, '--out', shortPath(REPORT), '--json', shortPath(JSON_OUT), '--as-of', SEED001_FOLLOW_UP_AS_OF, '--lang', lang],
    io,
  );
  io.out('');
  io.out(formatMessage(locale.cli.demoNext, { path: shown }));
  // Issues in the example are its point; only a failure to read or write fails the demo.
  return code === EXIT.workbookErrors ? EXIT.done : code;
}

/** Paths as the user would type them from where they ran the demo. */
function shortPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Compares the sheets' full models (values, styles, widths, merges, tables), leaving out file dates. */
async function sameWorkbookContent(path: string, fresh: Buffer): Promise<boolean> {
  if (!existsSync(path)) return false;
  const model = async (load: (wb: ExcelJS.Workbook) => Promise<unknown>) => {
    const wb = new ExcelJS.Workbook();
    await load(wb);
    return JSON.stringify(wb.worksheets.map((ws) => ({ name: ws.name, model: ws.model })));
  };
  try {
    const [a, b] = await Promise.all([
      model((wb) => wb.xlsx.readFile(path)),
      model((wb) => wb.xlsx.load(fresh as unknown as ExcelJS.Buffer)),
    ]);
    return a === b;
  } catch {
    return false;
  }
}

void demo(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
