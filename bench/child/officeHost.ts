/**
 * Child process of the benchmark: the Office.js host (src/excel) reading and writing every benchmark
 * workbook over the fake Excel, counting context.sync() calls and payload bytes. Prints one JSON line.
 * In a child of its own so the Office globals and the big fake workbooks stay out of the parent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildReport } from '../../src/core/buildReport';
import { planSheets } from '../../src/core/planSheets';
import type { WorkbookHost } from '../../src/app/workbookHost';
import { createFakeWorkbook, installFakeOffice } from '../../test/fake-excel';
import { generateWorkbook, type BenchSize } from '../generate';
import type { OfficeHostSize } from '../measureOfficeHost';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The module of src/excel that exports createOfficeWorkbookHost, wherever the host's author put it. */
async function loadHostFactory(): Promise<() => WorkbookHost> {
  const dir = path.resolve(__dirname, '..', '..', 'src', 'excel');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f)) : [];
  const file = files.find((f) => /export function createOfficeWorkbookHost\b/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  if (!file) throw new Error('src/excel has no createOfficeWorkbookHost yet');
  const module = (await import(path.join(dir, file))) as { createOfficeWorkbookHost: () => WorkbookHost };
  return module.createOfficeWorkbookHost;
}

/** The fewest extra syncs any chunking must add for a phase that moved `bytes` in all (in the syncs Excel took). */
function forcedByLimit(stats: PhaseStats, chunkBytes = PAYLOAD_LIMIT): number {
  const bytes = accepted(stats).reduce((n, b) => n + b, 0);
  return Math.max(0, Math.ceil(bytes / chunkBytes) - 1);
}

/** The bytes of each sync Excel took: the fake refuses any over the limit, so those never came back. */
function accepted(stats: PhaseStats): number[] {
  return stats.req.flatMap((req, i) => {
    const res = stats.res[i] ?? 0;
    return req <= PAYLOAD_LIMIT && res <= PAYLOAD_LIMIT ? [req + res] : [];
  });
}

interface PhaseStats {
  syncs: number;
  req: number[];
  res: number[];
}

function statsOf(fake: ReturnType<typeof createFakeWorkbook>): PhaseStats {
  return { syncs: fake.stats.syncs, req: [...fake.stats.requestBytes], res: [...fake.stats.responseBytes] };
}

async function main(): Promise<void> {
  const sizes = JSON.parse(process.argv[2] ?? '[]') as BenchSize[];
  const createHost = await loadHostFactory();
  const results: OfficeHostSize[] = [];
  for (const size of sizes) {
    const { data } = generateWorkbook(size);
    const fake = createFakeWorkbook(data.sheets, { platform: 'OfficeOnline', payloadLimit: PAYLOAD_LIMIT });
    installFakeOffice(globalThis, fake);
    const host = createHost();

    fake.resetStats();
    const read = await host.readWorkbook();
    const readStats = statsOf(fake);
    const report = buildReport(read, { asOf: '2024-06-30', lang: 'fi' });
    const plans = planSheets(report);

    fake.resetStats();
    await host.writeSheets(plans, { read });
    const writeStats = statsOf(fake);

    // Again, over the sheets the first run wrote: read, then rewrite them in place.
    fake.resetStats();
    const again = await host.readWorkbook();
    await host.writeSheets(planSheets(buildReport(again, { asOf: '2024-06-30', lang: 'fi' })), { read: again });
    const againSyncs = fake.stats.syncs;

    const sum = (xs: readonly number[]): number => xs.reduce((n, b) => n + b, 0);
    results.push({
      rows: size.rows,
      sheets: size.sheets,
      readSyncs: readStats.syncs,
      readRefusedSyncs: readStats.syncs - accepted(readStats).length,
      readPayloadBytes: sum(accepted(readStats)),
      readMaxSyncBytes: Math.max(0, ...accepted(readStats)),
      writeSyncs: writeStats.syncs,
      writePayloadBytes: sum(accepted(writeStats)),
      writeMaxSyncBytes: Math.max(0, ...accepted(writeStats)),
      againSyncs,
      chunkSyncsForced: forcedByLimit(readStats) + forcedByLimit(writeStats),
      chunkSyncsAllowed: forcedByLimit(readStats, PAYLOAD_LIMIT / 2) + forcedByLimit(writeStats, PAYLOAD_LIMIT / 2),
      itemsFound: report.totals.total,
      generatedSheets: plans.length,
    });
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${text.split('\n')[0]}\n`);
  process.exit(2);
});
