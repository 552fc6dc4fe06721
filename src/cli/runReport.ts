/** `report`: read the workbook, build the report, write the workbook with generated sheets and the JSON. */
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  formatMessage,
  getLocale,
  planHistorySheet,
  planSheets,
  type BuildReportOptions,
  type Locale,
  type RecordedHistory,
  type SheetPlan,
} from '../core';
import { parseAsOf } from './parseAsOf';
import type { CliIo } from './cliIo';
import { commonRunOptions } from './commonRunOptions';
import { EXIT } from './exitCodes';
import { formatReportSummary } from './formatReportSummary';
import { loadFailureMessage } from './loadFailureMessage';
import { parseCliArgs } from './parseCliArgs';
import { langFromArgs } from './langFromArgs';
import { reportJsonChunks } from './reportJsonChunks';
import { readFileReport } from './xlsx/readFileReport';
import type { LoadFailureReason, WorkbookSource } from './xlsx/readWorkbookFile';
import { writeReportWorkbook } from './xlsx/writeReportWorkbook';
import { writeTextFile } from './writeTextFile';
import { errorLine } from './errorLine';

/**
 * Both outputs are written even when the workbook has errors (exit 1): the report is how the user finds them.
 * The report is written as the core built it, not parsed again with `reportSchema` here: the schema is
 * the report's type, and tests hold every fixture's report, random grids' reports and each CLI test's
 * report.json to it. Parsing at run time copied every item (at 100 000 rows ~0.4 s and the memory of a
 * second report) to re-check what the types already guarantee.
 * @example await runReport(['report', 'seuranta.xlsx', '--out', 'r.xlsx', '--json', 'r.json', '--as-of', '2024-06-30'], io) //=> 0
 */
export async function runReport(argv: readonly string[], io: CliIo, now: Date = new Date()): Promise<number> {
  const locale = getLocale(langFromArgs(argv));
  const args = parseCliArgs(argv, ['out', 'json', 'as-of', 'since', 'lang'], locale);
  if (!args.ok) return fail(io, args.message);
  const options = commonRunOptions(args, locale, now);
  if (!options.ok) return fail(io, options.message);
  const { out, json } = args.values;
  if (out === undefined || json === undefined) return fail(io, locale.cli.missingOutputs);
  const sinceText = args.values.since;
  const since = sinceText === undefined ? null : parseAsOf(sinceText);
  if (sinceText !== undefined && since === null) return fail(io, formatMessage(locale.history.badSince, { value: sinceText }));
  for (const target of [out, json]) {
    if (resolve(target) === resolve(options.input)) {
      return fail(io, formatMessage(locale.cli.sameInputAndOutput, { path: options.input }));
    }
  }

  // report.json is written first, beside its place, and moved there only once the workbook is written
  // too: never a half-written report.json, and none when the workbook could not be written.
  const jsonPart = `${json}.${process.pid}.part`;
  const built = await buildAndWriteJson(options.input, { asOf: options.asOf, lang: options.lang, since }, locale, jsonPart);
  if (!built.ok) {
    await rm(jsonPart, { force: true });
    return fail(io, loadFailureMessage(locale, built.failure.path === jsonPart ? { ...built.failure, path: json } : built.failure));
  }

  const written = await writeReportWorkbook(options.input, out, built.plans, built.source);
  if (!written.ok) {
    await rm(jsonPart, { force: true });
    if (written.reason === 'wrongExtension') {
      return fail(io, formatMessage(locale.cli.outputExtension, { path: out, extension: written.extension }));
    }
    return fail(io, loadFailureMessage(locale, written));
  }
  try {
    await rename(jsonPart, json);
  } catch (e) {
    await rm(jsonPart, { force: true });
    return fail(io, loadFailureMessage(locale, { reason: 'unwritable', path: json, detail: errorLine(e) }));
  }

  if (since !== null && !built.compared) io.err(formatMessage(locale.history.sinceNotFound, { date: since }));
  for (const line of built.summaryLines) io.out(line);
  io.out(formatMessage(locale.cli.summarySheets, { names: written.sheetNames.join(', ') }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: out }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: json }));
  return built.hasErrors ? EXIT.workbookErrors : EXIT.done;
}

type Failure = { reason: LoadFailureReason | 'unwritable'; path: string; detail: string };

/**
 * Builds the report, writes its JSON to `jsonPath`, and returns only what the workbook's writing and the terminal need. The
 * grids are gone before the JSON is written and the report before the workbook is: at 100 000 actions with a history
 * sheet of eight snapshots they are a hundred megabytes, the garbage collector frees them while the rest is written.
 */
async function buildAndWriteJson(
  input: string,
  options: BuildReportOptions,
  locale: Locale,
  jsonPath: string,
): Promise<
  | { ok: true; source: WorkbookSource; plans: SheetPlan[]; summaryLines: string[]; hasErrors: boolean; compared: boolean }
  | { ok: false; failure: Failure }
> {
  const built = await readAndBuild(input, options);
  if (!built.ok) return built;
  const { report, history } = built;
  const jsonWritten = await writeTextFile(jsonPath, reportJsonChunks(report));
  if (!jsonWritten.ok) return { ok: false, failure: jsonWritten };
  return {
    ok: true,
    source: built.source,
    plans: [...planSheets(report), planHistorySheet(history, { asOf: report.asOf, lang: report.lang, locale: getLocale(report.lang) })],
    summaryLines: formatReportSummary(report, locale),
    hasErrors: report.issues.some((i) => i.severity === 'error'),
    compared: report.changes !== null,
  };
}

/** The workbook read and its report built, with what changed since an earlier snapshot. */
async function readAndBuild(
  input: string,
  options: BuildReportOptions,
): Promise<({ ok: true; source: WorkbookSource } & RecordedHistory) | { ok: false; failure: Failure }> {
  const read = await readFileReport(input, options);
  return read.ok ? read : { ok: false, failure: read };
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.unreadable;
}
