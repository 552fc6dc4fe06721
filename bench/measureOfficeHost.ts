/** Measures the Office.js host over the fake Excel: sync() calls and payload bytes for read + write at each size. */
import type { BenchSize } from './generate';

export interface OfficeHostSize {
  rows: number;
  sheets: number;
  readSyncs: number;
  readPayloadBytes: number;
  writeSyncs: number;
  writePayloadBytes: number;
  /** Syncs that only exist because a payload would pass the request-size limit. */
  chunkSyncsForced: number;
  itemsFound: number;
}

export interface OfficeHostResult {
  sizes: OfficeHostSize[];
}

export async function measureOfficeHost(_sizes: readonly BenchSize[]): Promise<OfficeHostResult> {
  throw new Error('the fake Excel and src/excel have not landed yet');
}
