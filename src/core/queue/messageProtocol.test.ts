// The message protocol: what a port may carry, batch sizes, and the doorbell an async worker waits on.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ackEvery, Doorbell, readMessage, type QueuePort } from './messageProtocol.ts';

const ev = (data: unknown): { readonly type: string; readonly data: unknown } => ({ type: 'message', data });

describe('readMessage', () => {
  it('accepts the three messages of the protocol', () => {
    expect(readMessage(ev({ t: 'item', item: 5, stamp: -7 }))).toEqual({ t: 'item', item: 5, stamp: -7 });
    expect(readMessage(ev({ t: 'end' }))).toEqual({ t: 'end' });
    expect(readMessage(ev({ t: 'ack', n: 3 }))).toEqual({ t: 'ack', n: 3 });
  });

  it.each([null, 1, 'item', {}, { t: 'item' }, { t: 'item', item: 1 }, { t: 'item', item: '1', stamp: 0 }, { t: 'ack' }, { t: 'ack', n: '3' }, { t: 'other' }])(
    'ignores anything else: %j',
    (data) => {
      expect(readMessage(ev(data))).toBeNull();
    },
  );

  it('ignores events without data', () => {
    expect(readMessage({ type: 'message' })).toBeNull();
  });
});

describe('acks', () => {
  it('return credit in chunks under half the capacity per consumer at full speed, item by item when paced', () => {
    expect(ackEvery(1, 1, false)).toBe(1);
    expect(ackEvery(3, 1, false)).toBe(1);
    expect(ackEvery(16, 1, false)).toBe(8);
    expect(ackEvery(16, 4, false)).toBe(2);
    expect(ackEvery(16, 8, false)).toBe(1);
    expect(ackEvery(4096, 1, true)).toBe(1);
  });

  it('can never leave a producer without credit while its items sit taken but unacked', () => {
    for (let capacity = 1; capacity <= 64; capacity++) {
      for (let consumers = 1; consumers <= 8; consumers++) {
        // The most credit all consumers together can hold back, each one short of its next ack.
        const held = consumers * (ackEvery(capacity, consumers, false) - 1);
        expect(held).toBeLessThan(capacity);
      }
    }
  });
});

describe('Doorbell', () => {
  it('a ring ends the wait long before the ticker would', async () => {
    const bell = new Doorbell(60_000);
    const t0 = performance.now();
    const waiting = bell.wait();
    setTimeout(() => bell.ring(), 1);
    await waiting;
    expect(performance.now() - t0).toBeLessThan(10_000);
    bell.ring(); // nobody waiting: nothing happens
    bell.close();
  });

  it('without a ring, the ticker ends the wait', async () => {
    const bell = new Doorbell(5);
    await bell.wait();
    await bell.wait();
    bell.close();
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
    a.postMessage({ t: 'item', item: 7, stamp: 8 });
    expect(await got).toEqual({ t: 'item', item: 7, stamp: 8 });
    port1.close();
  });
});
