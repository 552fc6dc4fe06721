/** Measures the CLI's reader against the floor of the file itself, each in its own child process. */
import fs from 'node:fs';
import path from 'node:path';
import { readerChild, type ReaderChildRun } from './readerChild';
import { median } from './stats';

export interface ReaderSideResult {
  /** The reading's own time in the child, from reading the file to the last grid (modules loaded). */
  readMs: number;
  /** CPU time of the reading (main thread and zlib's threads): steadier than wall time on a shared machine. */
  readCpuMs: number;
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

export interface ReaderResult {
  rows: number;
  fileBytes: number;
  /** Uncompressed bytes of the sheet parts and shared strings: what both sides scan. */
  xmlBytes: number;
  runs: number;
  floor: ReaderSideResult;
  reader: ReaderSideResult;
  /** Reader's read time / floor's read time. */
  ratio: number;
  /** Reader's read CPU time / floor's read CPU time. */
  cpuRatio: number;
  cells: number;
}

const OUT = path.resolve(__dirname, 'out');

/**
 * Runs the floor (bench/child/fileFloor.ts: unzip the sheet parts and scan them with the reader's XML parser, nothing
 * else) and the reader (bench/child/readerOnly.ts) in turn `runs` times on one .xlsx; medians.
 * @example (await measureReader('bench/out/bench-100000.xlsx', { rows: 100000 }, 3)).ratio //=> 1.6
 */
export async function measureReader(xlsx: string, size: { rows: number }, runs: number): Promise<ReaderResult> {
  const base = path.join(OUT, `reader-${size.rows}`);
  const floorRuns: ReaderChildRun[] = [];
  const readerRuns: ReaderChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    floorRuns.push(await readerChild('bench/child/fileFloor.ts', xlsx, `${base}-floor`));
    readerRuns.push(await readerChild('bench/child/readerOnly.ts', xlsx, `${base}-reader`));
  }
  const floor = side(floorRuns);
  const reader = side(readerRuns);
  return {
    rows: size.rows,
    fileBytes: fs.statSync(xlsx).size,
    xmlBytes: Number(floorRuns[0]?.result.bytesScanned ?? 0),
    runs,
    floor,
    reader,
    ratio: reader.readMs / floor.readMs,
    cpuRatio: reader.readCpuMs / floor.readCpuMs,
    cells: Number(readerRuns[0]?.result.cells ?? 0),
  };
}

function side(runs: readonly ReaderChildRun[]): ReaderSideResult {
  return {
    readMs: median(runs.map((r) => Number(r.result.readMs))),
    readCpuMs: median(runs.map((r) => Number(r.result.readCpuMs))),
    wallMs: median(runs.map((r) => r.process.wallMs)),
    cpuMs: median(runs.map((r) => r.process.cpuMs)),
    maxRssMiB: Math.max(...runs.map((r) => r.process.maxRssMiB)),
  };
}
