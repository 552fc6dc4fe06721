/** Measures the pure core (buildReport + planSheets) in this process: median of runs after a warm-up. */
import type { WorkbookData } from '../src/core/grid';
import { median } from './stats';

export interface CoreResult {
  rows: number;
  sheets: number;
  /** Items the core found: must equal the action rows generated, or the timing measures the wrong work. */
  itemsFound: number;
  issues: number;
  runs: number;
  buildReportMs: number;
  planSheetsMs: number;
  totalMs: number;
  /** Fastest run: the best estimate of the uncontended time when other processes share the CPU. */
  minTotalMs: number;
  /** Median CPU time of this process per run (user + system; GC helper threads included). */
  cpuMs: number;
  rowsPerSecond: number;
  /** Time per row compared with the previous (smaller) size: 1.0 is perfectly linear. */
  perRowGrowth: number | null;
}

/** Time the measured runs of one size may take together. */
const RUN_BUDGET_MS = 12_000;

type BuildReport = typeof import('../src/core/buildReport').buildReport;
type PlanSheets = typeof import('../src/core/planSheets').planSheets;

export interface CoreModules {
  buildReport: BuildReport;
  planSheets: PlanSheets;
}

/**
 * Loads the core, or says why it cannot be loaded yet (a module still missing).
 * @example (await loadCore()).ok //=> true
 */
export async function loadCore(): Promise<{ ok: true; modules: CoreModules } | { ok: false; reason: string }> {
  try {
    const { buildReport } = await import('../src/core/buildReport');
    const { planSheets } = await import('../src/core/planSheets');
    return { ok: true, modules: { buildReport, planSheets } };
  } catch (error) {
    return { ok: false, reason: firstLine(error) };
  }
}

/**
 * Times buildReport and planSheets on one workbook: one warm-up run, then `runs` measured runs.
 * @example measureCore(core, data, { rows: 1000, sheets: 1 }, 5, null).itemsFound //=> 1000
 */
export function measureCore(
  core: CoreModules,
  data: WorkbookData,
  size: { rows: number; sheets: number },
  runs: number,
  previous: CoreResult | null,
): CoreResult {
  const options = { asOf: '2024-06-30', lang: 'fi' as const };
  const warmStart = performance.now();
  const warm = core.buildReport(data, options);
  core.planSheets(warm);
  // A slow core gets fewer runs, so the whole benchmark still ends in minutes (at least 2 runs for a median).
  runs = Math.max(2, Math.min(runs, Math.floor(RUN_BUDGET_MS / (performance.now() - warmStart))));
  const build: number[] = [];
  const plan: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  let report = warm;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    report = core.buildReport(data, options);
    const t1 = performance.now();
    core.planSheets(report);
    const t2 = performance.now();
    build.push(t1 - t0);
    plan.push(t2 - t1);
    total.push(t2 - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const totalMs = median(total);
  const perRow = totalMs / size.rows;
  return {
    rows: size.rows,
    sheets: size.sheets,
    itemsFound: report.totals.total,
    issues: report.issues.length,
    runs,
    buildReportMs: median(build),
    planSheetsMs: median(plan),
    totalMs,
    minTotalMs: Math.min(...total),
    cpuMs: median(cpu),
    rowsPerSecond: Math.round(size.rows / (totalMs / 1000)),
    perRowGrowth: previous ? perRow / (previous.totalMs / previous.rows) : null,
  };
}

/** The first line of an error, for a one-line "not measured because…". */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
