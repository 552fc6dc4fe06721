/** Keeps each sync of a large write under the payload budget by syncing before a queued write would pass it. */

export interface BatchWriter {
  /** Call before queueing a write of about `bytes`: syncs first when the pending batch would pass the budget. */
  reserve(bytes: number): Promise<void>;
  /** Syncs what is pending. */
  flush(): Promise<void>;
}

/**
 * A writer over a request context: small writes share one sync, a write that would overflow the budget starts a new one.
 * @example const w = createBatchWriter(context, 4_000_000); await w.reserve(jsonSize(values)); range.values = values; await w.flush();
 */
export function createBatchWriter(context: { sync(): Promise<unknown> }, budget: number): BatchWriter {
  let pending = 0;
  return {
    async reserve(bytes) {
      if (pending > 0 && pending + bytes > budget) {
        await context.sync();
        pending = 0;
      }
      pending += bytes;
    },
    async flush() {
      await context.sync();
      pending = 0;
    },
  };
}
