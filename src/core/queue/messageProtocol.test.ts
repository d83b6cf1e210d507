// The message protocol: what a port may carry, batch sizes, and the doorbell an async worker waits on.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { batchSize, BATCH, Doorbell, readMessage, type QueuePort } from './messageProtocol.ts';

const ev = (data: unknown): { readonly type: string; readonly data: unknown } => ({ type: 'message', data });

describe('readMessage', () => {
  it('accepts the three messages of the protocol', () => {
    const items = new Int32Array([1, 2]);
    expect(readMessage(ev({ t: 'items', items }))).toEqual({ t: 'items', items });
    expect(readMessage(ev({ t: 'end' }))).toEqual({ t: 'end' });
    expect(readMessage(ev({ t: 'ack', n: 3 }))).toEqual({ t: 'ack', n: 3 });
  });

  it.each([null, 1, 'items', {}, { t: 'items' }, { t: 'items', items: [1, 2] }, { t: 'ack' }, { t: 'ack', n: '3' }, { t: 'other' }])(
    'ignores anything else: %j',
    (data) => {
      expect(readMessage(ev(data))).toBeNull();
    },
  );

  it('ignores events without data', () => {
    expect(readMessage({ type: 'message' })).toBeNull();
  });
});

describe('batches', () => {
  it('are at most the capacity, at most BATCH, at least 1, and single items when paced', () => {
    expect(batchSize(1, false)).toBe(1);
    expect(batchSize(16, false)).toBe(16);
    expect(batchSize(4096, false)).toBe(BATCH);
    expect(batchSize(4096, true)).toBe(1);
  });
});

describe('Doorbell', () => {
  it('a ring ends the wait at once; without one the wait ends at its timeout', async () => {
    const bell = new Doorbell();
    let t0 = performance.now();
    const waiting = bell.wait(5000);
    setTimeout(() => bell.ring(), 5);
    await waiting;
    expect(performance.now() - t0).toBeLessThan(1000);
    t0 = performance.now();
    await bell.wait(10);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(8);
    bell.ring(); // nobody waiting: nothing happens
  });
});

describe('QueuePort', () => {
  it("is satisfied by Node's worker_threads MessagePort, which delivers protocol messages", async () => {
    const { port1, port2 } = new MessageChannel();
    const a: QueuePort = port1;
    const b: QueuePort = port2;
    const got = new Promise<unknown>((resolve) => {
      b.addEventListener('message', (e) => resolve(readMessage(e)));
      b.start();
    });
    a.postMessage({ t: 'items', items: new Int32Array([7, 8]) });
    expect(await got).toEqual({ t: 'items', items: new Int32Array([7, 8]) });
    port1.close();
  });
});
