/** Measures the Office.js host over the fake Excel: sync() calls and payload bytes for read + write at each size. */
import type { BenchSize } from './generate';
import { runChildJson } from './runChildJson';

export interface OfficeHostSize {
  rows: number;
  sheets: number;
  readSyncs: number;
  /** Syncs of the read that Excel refused for their size (a try at the whole contents in one sync that was too much). */
  readRefusedSyncs: number;
  /** JSON bytes sent and received over all the read's syncs (the fake's own count). */
  readPayloadBytes: number;
  /** The biggest single sync of the read that Excel took (must stay under the 5 MB request limit). */
  readMaxSyncBytes: number;
  writeSyncs: number;
  writePayloadBytes: number;
  writeMaxSyncBytes: number;
  /** Read and write again, over the sheets the first run wrote (rewritten in place). */
  againSyncs: number;
  /** The fewest extra syncs the 5 MB limit forces for this much payload (ceil(bytes / limit) − 1 per phase). */
  chunkSyncsForced: number;
  /** Extra syncs accepted for chunking: ceil(bytes / (limit / 2)) − 1 per phase, i.e. chunks at least half full. */
  chunkSyncsAllowed: number;
  itemsFound: number;
  generatedSheets: number;
}

export interface OfficeHostResult {
  payloadLimitBytes: number;
  sizes: OfficeHostSize[];
}

/**
 * Runs bench/child/officeHost.ts in a child process and reads its one JSON line.
 * @example (await measureOfficeHost([{ rows: 1000, sheets: 1 }])).sizes[0].readSyncs //=> 2
 */
export async function measureOfficeHost(sizes: readonly BenchSize[]): Promise<OfficeHostResult> {
  const measured = await runChildJson<OfficeHostSize[]>('bench/child/officeHost.ts', JSON.stringify(sizes));
  return { payloadLimitBytes: 5 * 1024 * 1024, sizes: measured };
}
