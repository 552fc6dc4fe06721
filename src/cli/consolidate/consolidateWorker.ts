/** A worker thread of `consolidate`: reads the unit workbooks it is sent, one at a time, and sends back their summaries. */
import { parentPort } from 'node:worker_threads';
export { CONSOLIDATE_WORKER } from './consolidateWorkerTag';
import { readUnitWorkbook, type UnitJob } from './readUnitWorkbook';

/**
 * Stays warm for the whole run: the compiled code, the locales and the reader are loaded once per
 * worker, not once per file. Jobs come one at a time, so a worker holds one workbook at most.
 * @example runConsolidateWorker() // in the compiled CLI, when started by readAllWorkbooks
 */
export function runConsolidateWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: UnitJob) => {
    // The row's bytes are handed over, not copied: 200 units' rows are 7.6 MB.
    void readUnitWorkbook(job).then((result) => port.postMessage(result, result.kind === 'read' ? [result.json.buffer] : []));
  });
}
