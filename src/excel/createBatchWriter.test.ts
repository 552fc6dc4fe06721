import { createBatchWriter } from './createBatchWriter';

describe('createBatchWriter', () => {
  it('syncs only before a write that would pass the budget', async () => {
    let syncs = 0;
    const writer = createBatchWriter({ sync: async () => void syncs++ }, 1000);
    await writer.reserve(400);
    await writer.reserve(500);
    expect(syncs).toBe(0);
    await writer.reserve(200);
    expect(syncs).toBe(1);
    // A single write over the budget still goes, alone.
    await writer.reserve(5000);
    expect(syncs).toBe(2);
    await writer.flush();
    expect(syncs).toBe(3);
  });
});
