/** A worker thread of `consolidate`: reads the unit workbooks it is sent, one at a time, and sends back their summaries. */
import { parentPort } from 'node:worker_threads';
import { readUnitWorkbook, type UnitJob } from './readUnitWorkbook';

/** What the compiled CLI is given as `workerData` when it starts as a consolidation worker. */
export const CONSOLIDATE_WORKER = 'seuranta:consolidate-worker';

/**
 * Stays warm for the whole run: the compiled code, the locales and the reader are loaded once per
 * worker, not once per file. Jobs come one at a time, so a worker holds one workbook at most.
 * @example runConsolidateWorker() // in the compiled CLI, when started by readAllWorkbooks
 */
export function runConsolidateWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: UnitJob) => {
    void readUnitWorkbook(job).then((result) => port.postMessage(result));
  });
}
