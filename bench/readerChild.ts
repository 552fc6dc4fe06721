/** One run of a reading child process (the file floor or the CLI's reader), with what it measured itself. */
import fs from 'node:fs';
import path from 'node:path';
import { measureProcess, type ProcessResult } from './measureProcess';

const ROOT = path.resolve(__dirname, '..');

export interface ReaderChildRun {
  process: ProcessResult;
  /** The JSON the child wrote: `readMs`, `readCpuMs` and what it read. */
  result: Record<string, unknown>;
}

/**
 * Runs `script` on `xlsx` in a child process; the child writes its own timing to `<base>-result.json`.
 * @example (await readerChild('bench/child/readerOnly.ts', 'bench/out/bench-1000.xlsx', 'bench/out/r')).result.readMs //=> 84.6
 */
export async function readerChild(script: string, xlsx: string, base: string): Promise<ReaderChildRun> {
  const resultFile = `${base}-result.json`;
  fs.rmSync(resultFile, { force: true });
  const run = await measureProcess([script, xlsx, resultFile], `${base}-usage.json`, ROOT);
  if (run.exitCode !== 0) throw new Error(`${path.basename(script)} failed (${run.exitCode}): ${run.stderr.split('\n')[0]}`);
  return { process: run, result: JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown> };
}
