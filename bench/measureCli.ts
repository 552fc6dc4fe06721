/** Measures the CLI end to end against the ExcelJS floor on the same file, each in its own child process. */
import fs from 'node:fs';
import path from 'node:path';
import { measureProcess, type ProcessResult } from './measureProcess';
import { median } from './stats';

export interface CliSideResult {
  wallMs: number;
  /** Module loading + work, without Node's boot (from the preload to exit). */
  workMs: number;
  maxRssMiB: number;
  cpuMs: number;
}

export interface CliResult {
  rows: number;
  sheets: number;
  fileBytes: number;
  runs: number;
  floor: CliSideResult;
  /** ExcelJS only reading the file: the part of the floor the CLI still has to do. */
  readOnly: CliSideResult;
  cli: CliSideResult;
  /** CLI wall time / floor wall time. */
  ratio: number;
  /** CLI wall time / read-only wall time: what our work adds to reading the file at all. */
  readRatio: number;
  /** CLI CPU time / floor CPU time: steadier than wall time when other processes share the CPU. */
  cpuRatio: number;
  memoryRatio: number;
  /** `totals.total` of the CLI's report.json: the CLI must have read every action row. */
  itemsInJson: number | null;
  exitCode: number | null;
}

const ROOT = path.resolve(__dirname, '..');
const RUN_BUDGET_MS = 75_000;

/**
 * Runs the floor, ExcelJS's read alone and the compiled CLI's `report` (`bin/seuranta.cjs`, as `npm run cli` runs it) in turn `runs` times on one .xlsx; medians of the
 * wall times, peak of the memory.
 * @example (await measureCli('bench/out/bench-1000.xlsx', { rows: 1000, sheets: 1 }, 3)).ratio //=> 1.4
 */
export async function measureCli(xlsx: string, size: { rows: number; sheets: number }, runs: number): Promise<CliResult> {
  const out = path.join(ROOT, 'bench', 'out');
  const base = path.join(out, `cli-${size.rows}`);
  const floorRuns: ProcessResult[] = [];
  const readRuns: ProcessResult[] = [];
  const cliRuns: ProcessResult[] = [];
  const started = performance.now();
  // Stop repeating once a size has taken its share of the five minutes (at least one pair is always run).
  for (let i = 0; i < runs && (i === 0 || performance.now() - started < RUN_BUDGET_MS); i++) {
    const floor = await measureProcess(['bench/child/exceljsFloor.ts', xlsx, `${base}-floor.xlsx`], `${base}-floor-usage.json`, ROOT);
    if (floor.exitCode !== 0) throw new Error(`ExcelJS floor failed (${floor.exitCode}): ${floor.stderr.split('\n')[0]}`);
    floorRuns.push(floor);
    const read = await measureProcess(['bench/child/exceljsFloor.ts', xlsx, '--read-only'], `${base}-read-usage.json`, ROOT);
    if (read.exitCode !== 0) throw new Error(`ExcelJS read failed (${read.exitCode}): ${read.stderr.split('\n')[0]}`);
    readRuns.push(read);
    const cli = await measureProcess(
      [
        'bin/seuranta.cjs',
        'report',
        xlsx,
        '--out',
        `${base}-report.xlsx`,
        '--json',
        `${base}-report.json`,
        '--as-of',
        '2024-06-30',
        '--lang',
        'fi',
      ],
      `${base}-cli-usage.json`,
      ROOT,
    );
    // Exit 1 means "the workbook has errors; outputs written" (the synthetic data has some on purpose).
    if (cli.exitCode !== 0 && cli.exitCode !== 1) throw new Error(`CLI failed (${cli.exitCode}): ${lastLines(cli.stderr)}`);
    cliRuns.push(cli);
  }
  runs = cliRuns.length;
  const floor = side(floorRuns);
  const cli = side(cliRuns);
  const readOnly = side(readRuns);
  return {
    rows: size.rows,
    sheets: size.sheets,
    fileBytes: fs.statSync(xlsx).size,
    runs,
    floor,
    readOnly,
    cli,
    ratio: cli.wallMs / floor.wallMs,
    readRatio: cli.wallMs / readOnly.wallMs,
    cpuRatio: cli.cpuMs / floor.cpuMs,
    memoryRatio: cli.maxRssMiB / floor.maxRssMiB,
    itemsInJson: readTotal(`${base}-report.json`),
    exitCode: cliRuns[cliRuns.length - 1]?.exitCode ?? null,
  };
}

function side(results: readonly ProcessResult[]): CliSideResult {
  return {
    wallMs: median(results.map((r) => r.wallMs)),
    workMs: median(results.map((r) => r.sinceStartMs)),
    maxRssMiB: Math.max(...results.map((r) => r.maxRssMiB)),
    cpuMs: median(results.map((r) => r.cpuMs)),
  };
}

function readTotal(jsonPath: string): number | null {
  try {
    const report = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { totals?: { total?: unknown } };
    return typeof report.totals?.total === 'number' ? report.totals.total : null;
  } catch {
    return null;
  }
}

function lastLines(text: string): string {
  return text.split('\n').slice(-3).join(' | ');
}
