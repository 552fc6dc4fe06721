/** A benchmark child process run under tsx, whose last line of output is its JSON result. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * Runs `script` (relative to the repository) with `arg` as its one argument and resolves with the JSON of its last
 * stdout line; a non-zero exit rejects with the child's first line of stderr (Node's own notices left out).
 * @example await runChildJson<OfficeHostSize[]>('bench/child/officeHost.ts', JSON.stringify(sizes)) //=> [{ rows: 1000, … }]
 */
export function runChildJson<T>(script: string, arg: string, nodeArgs: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, arg], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? 'null') as T);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
