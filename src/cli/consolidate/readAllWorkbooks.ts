/** Reads the unit workbooks in parallel on worker threads (or in this thread), each result as it comes. */
import { Worker } from 'node:worker_threads';
import { failedWorkbook, formatMessage, getLocale } from '../../core';
import { CONSOLIDATE_WORKER } from './consolidateWorkerTag';
import { readUnitWorkbook, type UnitJob, type UnitResult } from './readUnitWorkbook';
import { unitRead } from './unitRead';
import { unitFromMessage, type UnitMessage } from './unitFromMessage';

export interface ReadAllOptions {
  /** How many workbooks are read at once. */
  jobs: number;
  /** The compiled CLI, started as each worker; null reads in this thread, one file after another. */
  workerScript: string | null;
  /** Called once per file, in the order they finish. */
  onResult?: (job: UnitJob, result: UnitResult) => void;
}

/**
 * Each worker asks for the next file when it has sent one back, so a slow workbook holds up one worker,
 * not the run, and memory grows with the workers, not with the files: what comes back is a summary of a
 * few kilobytes. A worker that dies (out of memory on one file, say) gives that file a row saying so
 * and is replaced. Results come back in the order of `jobs`.
 * @example (await readAllWorkbooks(jobs, { jobs: 2, workerScript: 'build/cli/seuranta.cjs' })).length //=> jobs.length
 */
export async function readAllWorkbooks(jobs: readonly UnitJob[], options: ReadAllOptions): Promise<UnitResult[]> {
  const results: UnitResult[] = new Array<UnitResult>(jobs.length);
  const workers = Math.max(1, Math.min(options.jobs, jobs.length));
  const script = options.workerScript;
  if (script === null) {
    for (const [i, job] of jobs.entries()) {
      results[i] = await readUnitWorkbook(job);
      options.onResult?.(job, results[i]);
    }
    return results;
  }
  let next = 0;
  const done = (i: number, result: UnitResult) => {
    results[i] = result;
    const job = jobs[i];
    if (job) options.onResult?.(job, result);
  };
  await Promise.all(Array.from({ length: workers }, () => runLane(script, jobs, () => next++, done)));
  return results;
}

/** One worker's share: takes files until none are left; a worker that dies is replaced for the next file. */
async function runLane(
  script: string,
  jobs: readonly UnitJob[],
  take: () => number,
  done: (i: number, result: UnitResult) => void,
): Promise<void> {
  let worker: Worker | null = null;
  try {
    for (let i = take(); i < jobs.length; i = take()) {
      const job = jobs[i];
      if (!job) continue;
      worker ??= new Worker(script, { workerData: CONSOLIDATE_WORKER });
      const outcome = await sendJob(worker, job);
      if (outcome.ok) done(i, outcome.result);
      else {
        void worker.terminate();
        worker = null;
        const locale = getLocale(job.lang);
        done(i, unitRead(failedWorkbook(job.file, formatMessage(locale.cli.internalError, { detail: outcome.detail }))));
      }
    }
  } finally {
    await worker?.terminate();
  }
}

function sendJob(worker: Worker, job: UnitJob): Promise<{ ok: true; result: UnitResult } | { ok: false; detail: string }> {
  return new Promise((resolve) => {
    const settle = (outcome: { ok: true; result: UnitResult } | { ok: false; detail: string }) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: UnitMessage) => settle({ ok: true, result: unitFromMessage(message) });
    const onError = (e: Error) => settle({ ok: false, detail: e.message.split('\n')[0] ?? '' });
    const onExit = (code: number) => settle({ ok: false, detail: `worker exited with code ${code}` });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
