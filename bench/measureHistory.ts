/**
 * What the quarter-over-quarter history costs at one size with eight snapshots: the core (report and plans with
 * and without a history sheet), the CLI run eight times over its own output as quarterly reports would, and
 * the Office.js host's syncs and payload for a summary with seven earlier snapshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildReport, buildReportWithHistory, getLocale, planHistorySheet, planSheets, type WorkbookData } from '../src/core';
import type { HistoryOfficeRun } from './child/historyOfficeHost';
import { formatInt, formatKB, formatMs, formatTable } from './formatTable';
import type { BenchSize } from './generate';
import { QUARTERS, withHistorySheet } from './historyWorkbook';
import { measureProcess } from './measureProcess';
import { median } from './stats';
import { runChildJson } from './runChildJson';

export interface HistoryResult {
  rows: number;
  snapshots: number;
  core: { withoutMs: number; withMs: number; historyMs: number; itemsMatched: number; changedItems: number };
  /** One CLI run per quarter over the previous run's output: wall time, peak memory and output size of each. */
  cli: { asOf: string; wallMs: number; maxRssMiB: number; fileBytes: number }[];
  /** Why the chain of CLI runs stopped early (a refused file is a finding, not a crash of the benchmark). */
  cliStopped: string | null;
  office: { without: HistoryOfficeRun; with: HistoryOfficeRun };
}

const ROOT = path.resolve(__dirname, '..');
/**
 * As many runs as the core's own section takes: with three (each with and without the history, in turn) the median came
 * out at 976 and at 1 164 ms in two benchmarks a quarter of an hour apart, the second one on a smaller report.
 */
const CORE_RUNS = 9;

/**
 * Measures the history at `size` (the benchmark's largest) over `QUARTERS.length` snapshots.
 * @example (await measureHistory(data, { rows: 100000, sheets: 50 }, 'bench/out/bench-100000.xlsx')).core.historyMs //=> 400
 */
export async function measureHistory(data: WorkbookData, size: BenchSize, xlsx: string): Promise<HistoryResult> {
  const earlier = QUARTERS.length - 1;
  const core = measureCoreHistory(data, earlier);
  const { runs: cli, stopped: cliStopped } = await measureCliQuarters(xlsx, size);
  const office = { without: await officeRun(size, 0), with: await officeRun(size, earlier) };
  return { rows: size.rows, snapshots: QUARTERS.length, core, cli, cliStopped, office };
}

function measureCoreHistory(data: WorkbookData, earlier: number): HistoryResult['core'] {
  const withHistory = withHistorySheet(data, earlier);
  const asOf = QUARTERS[earlier] as string;
  const ctx = { asOf, lang: 'fi' as const, locale: getLocale('fi') };
  const without: number[] = [];
  const withIt: number[] = [];
  let result = buildReportWithHistory(withHistory, { asOf, lang: 'fi' });
  for (let i = 0; i < CORE_RUNS; i++) {
    let started = performance.now();
    planSheets(buildReport(data, { asOf, lang: 'fi' }));
    without.push(performance.now() - started);
    started = performance.now();
    result = buildReportWithHistory(withHistory, { asOf, lang: 'fi' });
    planSheets(result.report);
    planHistorySheet(result.history, ctx);
    withIt.push(performance.now() - started);
  }
  const changes = result.report.changes;
  const withoutMs = median(without);
  const withMs = median(withIt);
  return {
    withoutMs,
    withMs,
    historyMs: withMs - withoutMs,
    itemsMatched: result.report.totals.total - (changes?.added.length ?? 0),
    changedItems: changes?.items.length ?? 0,
  };
}

async function measureCliQuarters(xlsx: string, size: BenchSize): Promise<{ runs: HistoryResult['cli']; stopped: string | null }> {
  const out = path.join(ROOT, 'bench', 'out');
  const runs: HistoryResult['cli'] = [];
  let input = xlsx;
  for (const [i, asOf] of QUARTERS.entries()) {
    const target = path.join(out, `history-${size.rows}-${i + 1}.xlsx`);
    const json = path.join(out, `history-${size.rows}.json`);
    const args = ['bin/seuranta.cjs', 'report', input, '--out', target, '--json', json, '--as-of', asOf, '--lang', 'fi'];
    const run = await measureProcess(args, path.join(out, `history-${size.rows}-usage.json`), ROOT);
    // A refused or failed run is a finding to print, not a crash of the whole benchmark.
    if (run.exitCode !== 0 && run.exitCode !== 1)
      return { runs, stopped: `exit ${run.exitCode} as of ${asOf}: ${run.stderr.split('\n')[0]}` };
    runs.push({ asOf, wallMs: run.wallMs, maxRssMiB: run.maxRssMiB, fileBytes: fs.statSync(target).size });
    if (input !== xlsx) fs.rmSync(input, { force: true });
    input = target;
  }
  return { runs, stopped: null };
}

function officeRun(size: BenchSize, earlier: number): Promise<HistoryOfficeRun> {
  return runChildJson<HistoryOfficeRun>('bench/child/historyOfficeHost.ts', JSON.stringify({ size, earlier }), [
    '--max-old-space-size=8192',
  ]);
}

/**
 * The section's printout: the core's cost, the CLI's quarters and the host's syncs, each against its target.
 * @example renderHistory(result).split('\n')[0] //=> '5. The history (issue 15): 8 quarterly snapshots of 100 000 items'
 */
export function renderHistory(result: HistoryResult | { notMeasured: string }): string {
  const title = `5. The history (issue 15): ${formatInt(QUARTERS.length)} quarterly snapshots`;
  if ('notMeasured' in result) return `${title}\nnot measured: ${result.notMeasured}`;
  const c = result.core;
  const last = result.cli[result.cli.length - 1];
  const first = result.cli[0];
  const o = result.office;
  // A refused sync is Excel's answer that the read must be chunked: it costs a round trip, so it counts.
  const unforced = (r: HistoryOfficeRun) => Math.max(0, r.syncs - r.chunkSyncsAllowed);
  return [
    `${title} of ${formatInt(result.rows)} items`,
    formatTable(
      ['core without history ms', 'with history ms', 'history ms', 'items matched', 'status changes found', 'core target < 1 000 ms'],
      [
        [
          formatMs(c.withoutMs),
          formatMs(c.withMs),
          formatMs(c.historyMs),
          formatInt(c.itemsMatched),
          formatInt(c.changedItems),
          c.withMs < 1000 ? 'pass' : 'miss',
        ],
      ],
    ),
    '',
    formatTable(
      ['CLI run', 'as of', 'wall ms', 'peak MiB', 'output file'],
      result.cli.map((r, i) => [String(i + 1), r.asOf, formatMs(r.wallMs), formatInt(r.maxRssMiB), formatKB(r.fileBytes)]),
    ),
    first && last
      ? `CLI: run 8 (7 earlier snapshots) / run 1 (none) = ${(last.wallMs / first.wallMs).toFixed(2)}× wall time; peak memory ${formatInt(last.maxRssMiB)} MiB (target ≤ 300 MiB: ${last.maxRssMiB <= 300 ? 'pass' : 'miss'})`
      : '',
    result.cliStopped === null ? '' : `CLI stopped: ${result.cliStopped}`,
    '',
    formatTable(
      ['Office.js summary', 'syncs (refused)', 'allowed for chunking', 'payload', 'largest accepted sync', 'snapshots after'],
      [o.without, o.with].map((r) => [
        `${r.snapshotsBefore} earlier snapshots`,
        `${formatInt(r.syncs)} (${formatInt(r.refused)})`,
        formatInt(r.chunkSyncsAllowed),
        formatKB(r.payloadBytes),
        formatKB(r.maxSyncBytes),
        formatInt(r.snapshotsAfter),
      ]),
    ),
    `Office.js syncs beyond what chunking allows (issue 13's rule, ≤ 4 for read and write): ${unforced(o.without)} without history, ${unforced(o.with)} with it (${unforced(o.with) <= 4 && unforced(o.without) <= 4 ? 'pass' : 'miss'}); every accepted sync under 5 MB: ${o.with.maxSyncBytes <= 5 * 1024 * 1024 ? 'pass' : 'miss'}`,
  ].join('\n');
}
