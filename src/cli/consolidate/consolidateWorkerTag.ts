/** The `workerData` a consolidation worker is started with: the compiled CLI, started as a worker, reads files when it sees it. */
export const CONSOLIDATE_WORKER = 'seuranta:consolidate-worker';
