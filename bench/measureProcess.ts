/** Runs a command in a child process and reads its wall time, peak memory (maxRSS) and exit code. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ProcessResult {
  wallMs: number;
  /** The child's own time from the preload to exit (module loading + work, without Node's boot). */
  sinceStartMs: number;
  maxRssMiB: number;
  /** User + system CPU time of the child (all its threads). */
  cpuMs: number;
  exitCode: number | null;
  stderr: string;
}

const PRELOAD = path.join(__dirname, 'child', 'recordUsage.cjs');

/**
 * Runs `node --require recordUsage [--import tsx] <args>`: tsx only for a TypeScript script, in this very process, not
 * a wrapper process, so the memory read is the work's own; a `.cjs` program (the compiled CLI) runs as users run it.
 * @example (await measureProcess(['bench/child/exceljsFloor.ts', 'in.xlsx', 'out.xlsx'], 'bench/out/u.json')).exitCode //=> 0
 */
export function measureProcess(args: readonly string[], usageFile: string, cwd: string): Promise<ProcessResult> {
  fs.rmSync(usageFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const typescript = /\.tsx?$/.test(args[0] ?? '');
    const child = spawn(process.execPath, ['--require', PRELOAD, ...(typescript ? ['--import', 'tsx'] : []), ...args], {
      cwd,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      let usage = { maxRssKiB: Number.NaN, sinceStartMs: Number.NaN, userMs: Number.NaN, systemMs: Number.NaN };
      try {
        usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as typeof usage;
      } catch {
        // The child died before its exit hook: the memory stays unknown and the caller sees the exit code.
      }
      resolve({
        wallMs,
        sinceStartMs: usage.sinceStartMs,
        maxRssMiB: usage.maxRssKiB / 1024,
        cpuMs: usage.userMs + usage.systemMs,
        exitCode: code,
        stderr: stderr.trim(),
      });
    });
  });
}
