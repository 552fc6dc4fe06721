/** Entry point of `npm run cli`: wires the dispatcher to the terminal and sets the exit code; in a worker thread, a consolidation worker. */
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './runCli';
import { CONSOLIDATE_WORKER } from './consolidate/consolidateWorkerTag';
import { runConsolidateWorker } from './consolidate/consolidateWorker';

// A worker thread of `consolidate` runs this same file: it reads units, the main thread runs the command.
if (!isMainThread && workerData === CONSOLIDATE_WORKER) void runConsolidateWorker();
else {
  void runCli(
    process.argv.slice(2),
    {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    },
    new Date(),
    // This file is the compiled CLI (one bundle): its workers run this same file.
    { tty: process.stderr.isTTY ? process.stderr : null, workerScript: __filename.endsWith('.cjs') ? __filename : null },
  ).then((code) => {
    process.exitCode = code;
  });
}
