/** `report`: read the workbook, build the report, write the workbook with generated sheets and the JSON. */
import { resolve } from 'node:path';
import { buildReport } from '../core/buildReport';
import { formatMessage } from '../core/i18n/formatMessage';
import { getLocale } from '../core/locales/getLocale';
import { planSheets } from '../core/planSheets';
import type { CliIo } from './cliIo';
import { commonRunOptions } from './commonRunOptions';
import { EXIT } from './exitCodes';
import { formatReportSummary } from './formatReportSummary';
import { loadFailureMessage } from './loadFailureMessage';
import { parseCliArgs } from './parseCliArgs';
import { pickLang } from './pickLang';
import { reportJsonChunks } from './reportJsonChunks';
import { readWorkbookFile } from './xlsx/readWorkbookFile';
import { writeReportWorkbook } from './xlsx/writeReportWorkbook';
import { writeTextFile } from './writeTextFile';

/**
 * Both outputs are written even when the workbook has errors (exit 1): the report is how the user finds them.
 * The report is written as the core built it, not parsed again with `reportSchema` here: the schema is
 * the report's type, and tests hold every fixture's report, random grids' reports and each CLI test's
 * report.json to it. Parsing at run time copied every item (at 100 000 rows ~0.4 s and the memory of a
 * second report) to re-check what the types already guarantee.
 * @example await runReport(['report', 'seuranta.xlsx', '--out', 'r.xlsx', '--json', 'r.json', '--as-of', '2024-06-30'], io) //=> 0
 */
export async function runReport(argv: readonly string[], io: CliIo, now: Date = new Date()): Promise<number> {
  const locale = getLocale(pickLang(argv));
  const args = parseCliArgs(argv, ['out', 'json', 'as-of', 'lang'], locale);
  if (!args.ok) return fail(io, args.message);
  const options = commonRunOptions(args, locale, now);
  if (!options.ok) return fail(io, options.message);
  const { out, json } = args.values;
  if (out === undefined || json === undefined) return fail(io, locale.cli.missingOutputs);
  for (const target of [out, json]) {
    if (resolve(target) === resolve(options.input)) {
      return fail(io, formatMessage(locale.cli.sameInputAndOutput, { path: options.input }));
    }
  }

  const read = await readWorkbookFile(options.input);
  if (!read.ok) return fail(io, loadFailureMessage(locale, read));
  const report = buildReport(read.data, { asOf: options.asOf, lang: options.lang });
  const plans = planSheets(report);

  const written = await writeReportWorkbook(options.input, out, plans, read.workbook);
  if (!written.ok) return fail(io, loadFailureMessage(locale, written));
  const jsonWritten = await writeTextFile(json, reportJsonChunks(report));
  if (!jsonWritten.ok) return fail(io, loadFailureMessage(locale, jsonWritten));

  for (const line of formatReportSummary(report, locale)) io.out(line);
  io.out(formatMessage(locale.cli.summarySheets, { names: written.sheetNames.join(', ') }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: out }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: json }));
  return report.issues.some((i) => i.severity === 'error') ? EXIT.workbookErrors : EXIT.done;
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.unreadable;
}
