/** Measures `consolidate` over a folder of unit workbooks against reading them once and against one `report` run per file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatInt, formatMs, formatRatio, formatTable } from './formatTable';
import { generateWorkbook, writeWorkbookXlsx } from './generate';
import { measureProcess, type ProcessResult } from './measureProcess';

export interface ConsolidateResult {
  files: number;
  rowsPerFile: number;
  cores: number;
  /** `consolidate` over all the files, workers one per core. */
  consolidate: { wallMs: number; cpuMs: number; maxRssMiB: number; actions: number | null };
  /** The same over a quarter of the files: peak memory must not grow with the number of files. */
  quarter: { files: number; maxRssMiB: number };
  /** Every file read once by the CLI's reader in one thread (inside the child, without Node's start-up). */
  readOnce: { readMs: number; readCpuMs: number };
  /**
   * The same, each file also reported and summarised as the workers do: what consolidation cannot skip, which the
   * floor above leaves out (it has no workers, output or start-up either).
   */
  reportOnce: { readMs: number; readCpuMs: number };
  /** `report` run as its own process on `sampled` files, one after another, scaled to all files. */
  separate: { sampled: number; wallMsPerRun: number; cpuMsPerRun: number; maxRssMiB: number; scaledWallMs: number };
}

const ROOT = path.resolve(__dirname, '..');
const VARIANTS = 8;

/**
 * Writes `files` unit workbooks of `rowsPerFile` actions (eight generated variants under different names), then runs
 * the compiled CLI's `consolidate` on them, the reader over them once, and `report` on a sample of them.
 * @example (await measureConsolidate(200, 500, 20)).consolidate.wallMs //=> 9000
 */
export async function measureConsolidate(files: number, rowsPerFile: number, sampled: number): Promise<ConsolidateResult> {
  const out = path.join(ROOT, 'bench', 'out');
  const units = path.join(out, 'units');
  const quarterUnits = path.join(out, 'units-quarter');
  for (const dir of [units, quarterUnits]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const variants: string[] = [];
  for (let v = 0; v < VARIANTS; v++) {
    const file = path.join(out, `unit-variant-${v}.xlsx`);
    await writeWorkbookXlsx(generateWorkbook({ rows: rowsPerFile, sheets: 1 }, 1000 + v).data, file);
    variants.push(file);
  }
  const names: string[] = [];
  for (let i = 0; i < files; i++) {
    const name = `yksikko-${String(i + 1).padStart(3, '0')}.xlsx`;
    fs.copyFileSync(variants[i % VARIANTS] as string, path.join(units, name));
    if (i < files / 4) fs.copyFileSync(variants[i % VARIANTS] as string, path.join(quarterUnits, name));
    names.push(name);
  }

  const consolidateRun = async (folder: string, tag: string): Promise<ProcessResult> => {
    const run = await measureProcess(
      [
        'bin/seuranta.cjs',
        'consolidate',
        folder,
        '--out',
        path.join(out, `koonti-${tag}.xlsx`),
        '--json',
        path.join(out, `koonti-${tag}.json`),
        '--as-of',
        '2024-06-30',
      ],
      path.join(out, `consolidate-${tag}-usage.json`),
      ROOT,
    );
    if (run.exitCode !== 0 && run.exitCode !== 1)
      throw new Error(`consolidate failed (${run.exitCode}): ${run.stderr.split('\n').slice(-2).join(' ')}`);
    return run;
  };
  const all = await consolidateRun(units, 'all');
  const json = JSON.parse(fs.readFileSync(path.join(out, 'koonti-all.json'), 'utf8')) as { totals?: { total?: number } };
  const quarter = await consolidateRun(quarterUnits, 'quarter');

  const onceRun = async (mode: 'read' | 'report'): Promise<{ readMs: number; readCpuMs: number }> => {
    const result = path.join(out, `${mode}-once.json`);
    const run = await measureProcess(
      ['bench/child/readAllOnce.ts', units, result, ...(mode === 'report' ? ['report'] : [])],
      path.join(out, `${mode}-once-usage.json`),
      ROOT,
    );
    if (run.exitCode !== 0) throw new Error(`${mode} once failed: ${run.stderr.split('\n')[0]}`);
    return JSON.parse(fs.readFileSync(result, 'utf8')) as { readMs: number; readCpuMs: number };
  };
  const once = await onceRun('read');
  const reportOnce = await onceRun('report');

  const separate: ProcessResult[] = [];
  for (const name of names.slice(0, sampled)) {
    const run = await measureProcess(
      [
        'bin/seuranta.cjs',
        'report',
        path.join(units, name),
        '--out',
        path.join(out, 'separate.xlsx'),
        '--json',
        path.join(out, 'separate.json'),
        '--as-of',
        '2024-06-30',
      ],
      path.join(out, 'separate-usage.json'),
      ROOT,
    );
    if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`report failed (${run.exitCode}): ${run.stderr.split('\n')[0]}`);
    separate.push(run);
  }
  const mean = (pick: (r: ProcessResult) => number) => separate.reduce((n, r) => n + pick(r), 0) / separate.length;
  return {
    files,
    rowsPerFile,
    cores: os.availableParallelism(),
    consolidate: { wallMs: all.wallMs, cpuMs: all.cpuMs, maxRssMiB: all.maxRssMiB, actions: json.totals?.total ?? null },
    quarter: { files: Math.ceil(files / 4), maxRssMiB: quarter.maxRssMiB },
    readOnce: { readMs: once.readMs, readCpuMs: once.readCpuMs },
    reportOnce: { readMs: reportOnce.readMs, readCpuMs: reportOnce.readCpuMs },
    separate: {
      sampled: separate.length,
      wallMsPerRun: mean((r) => r.wallMs),
      cpuMsPerRun: mean((r) => r.cpuMs),
      maxRssMiB: Math.max(...separate.map((r) => r.maxRssMiB)),
      scaledWallMs: mean((r) => r.wallMs) * files,
    },
  };
}

/**
 * The section's table: the consolidation, the floor of reading the files once, and the separate runs.
 * @example renderConsolidate(result) //=> 'files  actions  consolidate ms …'
 */
export function renderConsolidate(r: ConsolidateResult): string {
  return formatTable(
    ['', 'files', 'wall ms', 'CPU ms', 'peak MiB', 'note'],
    [
      [
        'consolidate',
        formatInt(r.files),
        formatMs(r.consolidate.wallMs),
        formatMs(r.consolidate.cpuMs),
        formatInt(r.consolidate.maxRssMiB),
        `${formatInt(r.consolidate.actions ?? 0)} actions, ${r.cores} workers`,
      ],
      ['consolidate, a quarter', formatInt(r.quarter.files), '', '', formatInt(r.quarter.maxRssMiB), 'peak memory vs the number of files'],
      [
        'read once, one thread',
        formatInt(r.files),
        formatMs(r.readOnce.readMs),
        formatMs(r.readOnce.readCpuMs),
        '',
        `÷ ${r.cores} cores = ${formatMs(r.readOnce.readMs / r.cores)} ms`,
      ],
      [
        'read + report once, one thread',
        formatInt(r.files),
        formatMs(r.reportOnce.readMs),
        formatMs(r.reportOnce.readCpuMs),
        '',
        `÷ ${r.cores} cores = ${formatMs(r.reportOnce.readMs / r.cores)} ms (the reports the floor leaves out)`,
      ],
      [
        'separate report runs',
        formatInt(r.files),
        formatMs(r.separate.scaledWallMs),
        formatMs(r.separate.cpuMsPerRun * r.files),
        formatInt(r.separate.maxRssMiB),
        `mean of ${r.separate.sampled} runs × ${r.files}`,
      ],
    ],
  );
}

/**
 * Issue 16's goals: at most the reading's time divided by the cores, at least 10× faster than separate runs, memory
 * bounded by the workers (a quarter of the files peaks within 25 % of all of them).
 * @example consolidateTargets(result)[1].status //=> 'pass'
 */
export function consolidateTargets(r: ConsolidateResult): { name: string; target: string; measured: string; status: 'pass' | 'miss' }[] {
  const floor = r.readOnce.readMs / r.cores;
  const speedup = r.separate.scaledWallMs / r.consolidate.wallMs;
  return [
    {
      name: `consolidate ${r.files} × ${formatInt(r.rowsPerFile)} rows`,
      target: '≤ reading the files once ÷ cores',
      measured: `${formatMs(r.consolidate.wallMs)} ms vs ${formatMs(floor)} ms (${formatRatio(r.consolidate.wallMs / floor)})`,
      status: r.consolidate.wallMs <= floor ? 'pass' : 'miss',
    },
    {
      name: 'consolidate vs separate runs',
      target: '≥ 10× faster',
      measured: `${formatRatio(speedup)} faster (${formatMs(r.separate.scaledWallMs)} / ${formatMs(r.consolidate.wallMs)} ms)`,
      status: speedup >= 10 ? 'pass' : 'miss',
    },
    {
      name: 'consolidate memory',
      target: 'bounded by the workers, not the files',
      measured: `${formatInt(r.consolidate.maxRssMiB)} MiB for ${r.files} files, ${formatInt(r.quarter.maxRssMiB)} MiB for ${r.quarter.files}`,
      status: r.consolidate.maxRssMiB <= r.quarter.maxRssMiB * 1.25 ? 'pass' : 'miss',
    },
  ];
}
