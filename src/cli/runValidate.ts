/** `validate`: read the workbook and list its issues per sheet, without writing a report. */
import { formatMessage, getLocale } from '../core';
import type { CliIo } from './cliIo';
import { commonRunOptions } from './commonRunOptions';
import { EXIT } from './exitCodes';
import { formatIssueTable } from './formatIssueTable';
import { loadFailureMessage } from './loadFailureMessage';
import { parseCliArgs } from './parseCliArgs';
import { langFromArgs } from './langFromArgs';
import { readFileReport } from './xlsx/readFileReport';
import { writeTextFile } from './writeTextFile';

/**
 * Prints the issues as a table grouped by sheet; `--json` also writes them (the contract's issue
 * objects, as an array). Exit 1 when any issue is an error.
 * @example await runValidate(['validate', 'seuranta.xlsx', '--lang', 'sv'], io) //=> 1 when a schedule runs backwards
 */
export async function runValidate(argv: readonly string[], io: CliIo, now: Date = new Date()): Promise<number> {
  const locale = getLocale(langFromArgs(argv));
  const args = parseCliArgs(argv, ['json', 'as-of', 'lang'], locale);
  if (!args.ok) return fail(io, args.message);
  const options = commonRunOptions(args, locale, now);
  if (!options.ok) return fail(io, options.message);

  const read = await readFileReport(options.input, { asOf: options.asOf, lang: options.lang }, false);
  if (!read.ok) return fail(io, loadFailureMessage(locale, read));
  const report = read.report;
  // Written as the core built them, like report.json: the tests hold them to the contract's issue schema.
  const issues = report.issues;

  if (args.values.json !== undefined) {
    const written = await writeTextFile(args.values.json, `${JSON.stringify(issues, null, 2)}\n`);
    if (!written.ok) return fail(io, loadFailureMessage(locale, written));
  }

  if (issues.length === 0) {
    io.out(formatMessage(locale.cli.validateClean, { file: report.source ?? options.input }));
    return EXIT.done;
  }
  for (const line of formatIssueTable(issues, locale)) io.out(line);
  io.out('');
  const count = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) count[issue.severity]++;
  io.out(formatMessage(locale.cli.summaryIssues, count));
  return count.error > 0 ? EXIT.workbookErrors : EXIT.done;
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.unreadable;
}
