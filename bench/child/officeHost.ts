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

/** The fewest extra syncs any chunking must add for a phase that moved `bytes` in all. */
function forcedByLimit(requests: readonly number[], responses: readonly number[], chunkBytes = PAYLOAD_LIMIT): number {
  const bytes = requests.reduce((n, b) => n + b, 0) + responses.reduce((n, b) => n + b, 0);
  return Math.max(0, Math.ceil(bytes / chunkBytes) - 1);
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
    const readStats = { syncs: fake.stats.syncs, req: [...fake.stats.requestBytes], res: [...fake.stats.responseBytes] };
    const report = buildReport(read, { asOf: '2024-06-30', lang: 'fi' });
    const plans = planSheets(report);

    fake.resetStats();
    await host.writeSheets(plans);
    const writeStats = { syncs: fake.stats.syncs, req: [...fake.stats.requestBytes], res: [...fake.stats.responseBytes] };
    const sum = (xs: readonly number[]): number => xs.reduce((n, b) => n + b, 0);
    results.push({
      rows: size.rows,
      sheets: size.sheets,
      readSyncs: readStats.syncs,
      readPayloadBytes: sum(readStats.req) + sum(readStats.res),
      readMaxSyncBytes: Math.max(0, ...readStats.req.map((b, i) => b + (readStats.res[i] ?? 0))),
      writeSyncs: writeStats.syncs,
      writePayloadBytes: sum(writeStats.req) + sum(writeStats.res),
      writeMaxSyncBytes: Math.max(0, ...writeStats.req.map((b, i) => b + (writeStats.res[i] ?? 0))),
      chunkSyncsForced: forcedByLimit(readStats.req, readStats.res) + forcedByLimit(writeStats.req, writeStats.res),
      chunkSyncsAllowed:
        forcedByLimit(readStats.req, readStats.res, PAYLOAD_LIMIT / 2) + forcedByLimit(writeStats.req, writeStats.res, PAYLOAD_LIMIT / 2),
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
