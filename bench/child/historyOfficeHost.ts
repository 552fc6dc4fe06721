/**
 * Child process of the benchmark: a summary with its history over the fake Excel (src/excel through the use case),
 * at one size, without a history and with one of earlier snapshots. Prints one JSON line.
 */
import { generateSummary } from '../../src/app/generateSummary';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { createFakeWorkbook, installFakeOffice } from '../../test/fake-excel';
import { generateWorkbook, type BenchSize } from '../generate';
import { QUARTERS, withHistorySheet } from '../historyWorkbook';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HistoryOfficeRun {
  snapshotsBefore: number;
  /** Read and write together: generateSummary's syncs. */
  syncs: number;
  payloadBytes: number;
  /** Syncs Excel on the web would refuse (over its 5 MB limit): the host then reads in chunks instead. */
  refused: number;
  /** The largest sync Excel accepted. */
  maxSyncBytes: number;
  /** Extra syncs accepted for chunking: ceil(bytes / (limit / 2)) − 1. */
  chunkSyncsAllowed: number;
  snapshotsAfter: number;
}

async function run(size: BenchSize, earlier: number): Promise<HistoryOfficeRun> {
  const { data } = generateWorkbook(size);
  const workbook = earlier > 0 ? withHistorySheet(data, earlier) : data;
  const fake = createFakeWorkbook(workbook.sheets, { platform: 'OfficeOnline', payloadLimit: PAYLOAD_LIMIT });
  installFakeOffice(globalThis, fake);
  fake.resetStats();
  const { report } = await generateSummary(createOfficeWorkbookHost(), { lang: 'fi', asOf: QUARTERS[earlier] as string, skipSheets: [] });
  const sizes = fake.stats.requestBytes.map((b, i) => b + (fake.stats.responseBytes[i] ?? 0));
  const accepted = sizes.filter((b) => b <= PAYLOAD_LIMIT);
  const payloadBytes = accepted.reduce((n, b) => n + b, 0);
  return {
    snapshotsBefore: earlier,
    syncs: fake.stats.syncs,
    payloadBytes,
    refused: sizes.length - accepted.length,
    maxSyncBytes: Math.max(0, ...accepted),
    chunkSyncsAllowed: Math.max(0, Math.ceil(payloadBytes / (PAYLOAD_LIMIT / 2)) - 1),
    snapshotsAfter: report.history.length,
  };
}

async function main(): Promise<void> {
  const { size, earlier } = JSON.parse(process.argv[2] ?? '{}') as { size: BenchSize; earlier: number };
  process.stdout.write(`${JSON.stringify(await run(size, earlier))}\n`);
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${text.split('\n')[0]}\n`);
  process.exit(2);
});
