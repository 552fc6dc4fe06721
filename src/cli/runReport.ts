/** `report`: read the workbook, build the report, write the workbook with generated sheets and the JSON. */
import { resolve } from 'node:path';
import { buildReport } from '../core/buildReport';
import { formatMessage } from '../core/i18n/formatMessage';
import { getLocale } from '../core/locales/getLocale';
import { planSheets } from '../core/planSheets';
import { reportSchema } from '../core/schema/report';
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
 * The JSON is checked against the contract's schema before it is written.
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
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    io.err(formatMessage(locale.cli.internalError, { detail: checked.error.issues[0]?.message ?? 'report' }));
    return EXIT.internal;
  }
  const plans = planSheets(checked.data);

  const written = await writeReportWorkbook(options.input, out, plans, read.workbook);
  if (!written.ok) return fail(io, loadFailureMessage(locale, written));
  const jsonWritten = await writeTextFile(json, reportJsonChunks(checked.data));
  if (!jsonWritten.ok) return fail(io, loadFailureMessage(locale, jsonWritten));

  for (const line of formatReportSummary(checked.data, locale)) io.out(line);
  io.out(formatMessage(locale.cli.summarySheets, { names: written.sheetNames.join(', ') }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: out }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: json }));
  return checked.data.issues.some((i) => i.severity === 'error') ? EXIT.workbookErrors : EXIT.done;
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.unreadable;
}
