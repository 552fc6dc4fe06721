/** A worker thread of `consolidate`: reads the unit workbooks it is sent, one at a time, and sends back their rows of koonti.json. */
import { parentPort } from 'node:worker_threads';
export { CONSOLIDATE_WORKER } from './consolidateWorkerTag';
import { readUnitWorkbook, type UnitJob } from './readUnitWorkbook';
import type { UnitMessage } from './unitFromMessage';

/**
 * Stays warm for the whole run: the compiled code, the locales and the reader are loaded once per
 * worker, not once per file. Jobs come one at a time, so a worker holds one workbook at most.
 * @example runConsolidateWorker() // in the compiled CLI, when started by readAllWorkbooks
 */
export function runConsolidateWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: UnitJob) => {
    void readUnitWorkbook(job).then((result) => {
      // The row's bytes alone, handed over rather than copied (unitFromMessage).
      const message: UnitMessage = result.kind === 'read' ? { kind: 'read', json: result.json } : result;
      port.postMessage(message, message.kind === 'read' ? [message.json.buffer] : []);
    });
  });
}
