// The run slice dispatches to the Queue lab's run; settings a queue cannot take end failed, with the reason.
import { describe, expect, it } from 'vitest';
import { QUEUE_RUN } from './queueRunSlice.ts';
import { useStore } from './store.ts';

describe('startRun in the Queue lab', () => {
  it('runs the queue engine, which refuses spsc with two producers and says why', async () => {
    const s = useStore.getState();
    s.setLab('queue');
    s.setParams('queue', { queue: 'spsc', producers: 2, consumers: 1 });
    await useStore.getState().startRun(QUEUE_RUN);
    const after = useStore.getState();
    expect(after.runLab).toBe('queue');
    expect(after.status).toBe('failed');
    expect(after.error).toMatch(/exactly 1 producer and 1 consumer/);
    expect(after.queueRunParams).toMatchObject({ queue: 'spsc', producers: 2 });
    expect(after.queueResult).toBeNull();
    // Nothing ran, so there is nothing to compare: the history stays empty.
    expect(after.history.queue).toHaveLength(0);
    // The Counter lab's run was not touched.
    expect(after.counterRunParams).toBeNull();
  });
});
