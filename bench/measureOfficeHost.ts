/** Measures the Office.js host over the fake Excel: sync() calls and payload bytes for read + write at each size. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BenchSize } from './generate';

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

const ROOT = path.resolve(__dirname, '..');

/**
 * Runs bench/child/officeHost.ts in a child process and reads its one JSON line.
 * @example (await measureOfficeHost([{ rows: 1000, sheets: 1 }])).sizes[0].readSyncs //=> 2
 */
export function measureOfficeHost(sizes: readonly BenchSize[]): Promise<OfficeHostResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/child/officeHost.ts', JSON.stringify(sizes)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(
          new Error(
            stderr
              .trim()
              .split('\n')
              .filter((l) => !/nodedir/.test(l))[0] ?? `exit ${code}`,
          ),
        );
      try {
        resolve({ payloadLimitBytes: 5 * 1024 * 1024, sizes: JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as OfficeHostSize[] });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
