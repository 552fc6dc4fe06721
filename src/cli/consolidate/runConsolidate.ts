/** `consolidate`: many units' workbooks in, one consolidated workbook and its JSON out. */
import { availableParallelism } from 'node:os';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { consolidate, formatMessage, getLocale, planConsolidationSheets, type Lang, type Locale, type WorkbookSummary } from '../../core';
import { todayIso } from '../../app/todayIso';
import type { CliIo } from '../cliIo';
import { errorLine } from '../errorLine';
import { EXIT } from '../exitCodes';
import { langFromArgs } from '../langFromArgs';
import { langOption } from '../langOption';
import { loadFailureMessage } from '../loadFailureMessage';
import { parseAsOf } from '../parseAsOf';
import { parseCliArgs } from '../parseCliArgs';
import { writeTextFile } from '../writeTextFile';
import { addPlansToXlsx } from '../xlsx/package/addPlansToXlsx';
import { consolidationJsonPieces } from './consolidationJsonPieces';
import { createProgress } from './createProgress';
import { emptyWorkbookPackage } from './emptyWorkbookPackage';
import { findWorkbookFiles } from './findWorkbookFiles';
import { readAllWorkbooks } from './readAllWorkbooks';
import type { UnitJob } from './readUnitWorkbook';

/** Where the run's lines go and how files are read; the terminal's by default. */
export interface ConsolidateEnvironment {
  /** stderr when it is a terminal (a progress bar), else null (a line per file). */
  tty: NodeJS.WriteStream | null;
  /** The compiled CLI to start as worker threads; null reads in this thread. */
  workerScript: string | null;
}

type Options =
  | { ok: true; inputs: string[]; out: string; json: string; asOf: string; since: string | null; lang: Lang; jobs: number }
  | { ok: false; message: string };

/**
 * Reads every unit workbook (in parallel, `--jobs` at once, one per core by default), writes the
 * consolidated workbook (*Koonti*, *Myöhässä*, *Huomiot*) as a new file and `koonti.json` beside it,
 * moved into place only once the workbook is written. A file that cannot be read never stops the run:
 * its row says why and the exit code is 1, as it is when any unit's workbook has errors.
 * @example await runConsolidate(['consolidate', 'yksiköt', '--out', 'koonti.xlsx', '--json', 'koonti.json'], io, env) //=> 1
 */
export async function runConsolidate(
  argv: readonly string[],
  io: CliIo,
  env: ConsolidateEnvironment,
  now: Date = new Date(),
): Promise<number> {
  const locale = getLocale(langFromArgs(argv));
  const options = optionsOf(argv, locale, now);
  if (!options.ok) return fail(io, options.message);
  const found = await findWorkbookFiles(options.inputs, [options.out, options.json]);
  if (found.length === 0) return fail(io, formatMessage(locale.consolidate.noFiles, { paths: options.inputs.join(', ') }));

  const jobs: UnitJob[] = found.map((f) => ({ ...f, asOf: options.asOf, since: options.since, lang: options.lang }));
  const progress = createProgress(io, env.tty, jobs.length, locale);
  const results = await readAllWorkbooks(jobs, {
    jobs: options.jobs,
    workerScript: env.workerScript,
    onResult: (job, result) => progress.tick(job.file, result),
  });
  progress.stop();
  const rowBytes = new Map<WorkbookSummary, Uint8Array>();
  for (const r of results) if (r.kind === 'read') rowBytes.set(r.summary, r.json);
  const consolidation = consolidate([...rowBytes.keys()], { asOf: options.asOf, lang: options.lang });

  const jsonPart = `${options.json}.${process.pid}.part`;
  const jsonWritten = await writeTextFile(jsonPart, consolidationJsonPieces(consolidation, rowBytes));
  if (!jsonWritten.ok) return fail(io, loadFailureMessage(locale, { ...jsonWritten, path: options.json }));
  const pathOf = new Map(found.map((f) => [f.file, f.path]));
  const written = await writeConsolidatedWorkbook(options.out, consolidation, (file) => linkFrom(options.out, pathOf.get(file)));
  if (!written.ok) {
    await rm(jsonPart, { force: true });
    return fail(io, loadFailureMessage(locale, { reason: 'unwritable', path: options.out, detail: written.detail }));
  }
  try {
    await rename(jsonPart, options.json);
  } catch (e) {
    await rm(jsonPart, { force: true });
    return fail(io, loadFailureMessage(locale, { reason: 'unwritable', path: options.json, detail: errorLine(e) }));
  }

  const { totals } = consolidation;
  io.out(
    formatMessage(locale.consolidate.doneLine, {
      count: totals.workbooks,
      unreadable: totals.unreadable,
      total: totals.total,
      overdue: totals.overdue,
      errors: totals.issues.error,
    }),
  );
  io.out(formatMessage(locale.cli.summaryWrote, { path: options.out }));
  io.out(formatMessage(locale.cli.summaryWrote, { path: options.json }));
  return totals.unreadable > 0 || totals.issues.error > 0 ? EXIT.workbookErrors : EXIT.done;
}

function optionsOf(argv: readonly string[], locale: Locale, now: Date): Options {
  const args = parseCliArgs(argv, ['out', 'json', 'as-of', 'since', 'lang', 'jobs'], locale);
  if (!args.ok) return args;
  const inputs = args.positionals.slice(1).filter((p) => p.trim() !== '');
  if (inputs.length === 0) return { ok: false, message: locale.cli.missingInput };
  const { out, json } = args.values;
  if (out === undefined || json === undefined) return { ok: false, message: locale.consolidate.missingOutputs };
  if (resolve(out) === resolve(json)) return { ok: false, message: formatMessage(locale.cli.sameInputAndOutput, { path: out }) };
  const asOfText = args.values['as-of'];
  const asOf = asOfText === undefined ? todayIso(now) : parseAsOf(asOfText);
  if (asOf === null) return { ok: false, message: formatMessage(locale.cli.badAsOf, { value: asOfText ?? '' }) };
  const sinceText = args.values.since;
  const since = sinceText === undefined ? null : parseAsOf(sinceText);
  if (sinceText !== undefined && since === null)
    return { ok: false, message: formatMessage(locale.history.badSince, { value: sinceText }) };
  const langText = args.values.lang;
  const lang = langOption(langText);
  if (lang === null) return { ok: false, message: formatMessage(locale.cli.badLang, { value: langText ?? '' }) };
  const jobsText = args.values.jobs;
  const jobs = jobsText === undefined ? availableParallelism() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return { ok: false, message: formatMessage(locale.consolidate.badJobs, { value: jobsText ?? '' }) };
  return { ok: true, inputs, out, json, asOf, since, lang, jobs };
}

/** A new package, not a copy of a unit's workbook: the sheets are added to an empty one by the same writer as `report`'s. */
async function writeConsolidatedWorkbook(
  out: string,
  consolidation: Parameters<typeof planConsolidationSheets>[0],
  linkOf: (file: string) => string | null,
): Promise<{ ok: true } | { ok: false; detail: string }> {
  const packaged = await addPlansToXlsx(await emptyWorkbookPackage(), planConsolidationSheets(consolidation, linkOf), new Map());
  if (!packaged.ok) return packaged;
  try {
    await writeFile(out, packaged.bytes);
    return { ok: true };
  } catch (e) {
    return { ok: false, detail: errorLine(e) };
  }
}

/**
 * A unit file's path as seen from the consolidated workbook's folder, so the links still work when the office
 * moves the folder with koonti.xlsx in it.
 */
function linkFrom(out: string, path: string | undefined): string | null {
  if (path === undefined) return null;
  return relative(dirname(resolve(out)), path)
    .split(sep)
    .join('/');
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.unreadable;
}
