// The stall diagnosis: ok while anything can move, stalled when everything stands still, deadlocked when it always will.
import { describe, expect, it } from 'vitest';
import { Control } from '../shared/memory.ts';
import { allocateQueue, consumerBase, encodeItem, producerBase, QueueSlot, ShutdownSlot, WorkerSlot, WorkerState, type WorkerStateValue } from './queueLayout.ts';
import { openRing } from './openQueue.ts';
import { diagnoseStall, readSnapshot, STALL_QUIET_MS, type QueueSnapshot, type WorkerSnapshot } from './stall.ts';

const { producing, blockedFull, consuming, blockedEmpty, done } = WorkerState;

function snap(workers: [WorkerSnapshot['role'], WorkerStateValue, number][], extra: Partial<QueueSnapshot> = {}): QueueSnapshot {
  return {
    atMs: 1000,
    control: Control.run,
    workers: workers.map(([role, state, count], index) => ({ role, index, state, count })),
    occupancy: 0,
    closed: false,
    ...extra,
  };
}
const earlier = (s: QueueSnapshot, ms = STALL_QUIET_MS): QueueSnapshot => ({ ...s, atMs: s.atMs - ms });

describe('diagnoseStall', () => {
  const producersStuck = snap([['producer', blockedFull, 5], ['producer', blockedFull, 7], ['consumer', done, 3]], { occupancy: 4 });

  it('says deadlocked when producers wait on a full queue and every consumer is gone', () => {
    const d = diagnoseStall(producersStuck, earlier(producersStuck));
    expect(d.status).toBe('deadlocked');
    expect(d.reason).toMatch(/2 producers wait for room/);
  });

  it('says deadlocked when consumers wait on an empty queue that no producer will fill or close', () => {
    const s = snap([['producer', done, 10], ['consumer', blockedEmpty, 4], ['consumer', blockedEmpty, 5]]);
    const d = diagnoseStall(s, earlier(s));
    expect(d.status).toBe('deadlocked');
    expect(d.reason).toMatch(/2 consumers wait for items/);
  });

  it('is never sure from one look, nor from two looks too close together', () => {
    expect(diagnoseStall(producersStuck).status).toBe('ok');
    expect(diagnoseStall(producersStuck, earlier(producersStuck, STALL_QUIET_MS - 1)).status).toBe('ok');
  });

  it('is ok while any live worker is not blocked, or when every worker is done', () => {
    const s = snap([['producer', producing, 5], ['consumer', blockedEmpty, 5]]);
    expect(diagnoseStall(s, earlier(s)).status).toBe('ok');
    const finished = snap([['producer', done, 5], ['consumer', done, 5]]);
    expect(diagnoseStall(finished, earlier(finished)).status).toBe('ok');
    const consumingOne = snap([['producer', blockedFull, 5], ['consumer', consuming, 5]]);
    expect(diagnoseStall(consumingOne, earlier(consumingOne)).status).toBe('ok');
  });

  it('is ok when something moved in between: a count, a state, the queue', () => {
    const before = earlier(producersStuck);
    expect(diagnoseStall(producersStuck, { ...before, workers: before.workers.map((w, i) => (i === 0 ? { ...w, count: 4 } : w)) }).status).toBe('ok');
    expect(diagnoseStall(producersStuck, { ...before, workers: before.workers.map((w, i) => (i === 2 ? { ...w, state: consuming } : w)) }).status).toBe('ok');
    expect(diagnoseStall(producersStuck, { ...before, occupancy: 3 }).status).toBe('ok');
  });

  it('is ok while paused or stopped, and right after a pause', () => {
    expect(diagnoseStall({ ...producersStuck, control: Control.pause }, earlier(producersStuck)).status).toBe('ok');
    expect(diagnoseStall({ ...producersStuck, control: Control.stop }, earlier(producersStuck)).status).toBe('ok');
    expect(diagnoseStall(producersStuck, { ...earlier(producersStuck), control: Control.pause }).status).toBe('ok');
  });

  it('says stalled, not deadlocked, when something could still unblock the workers but nothing does', () => {
    // Both sides alive and blocked at once: a lost wake-up or a corrupted ring.
    const both = snap([['producer', blockedFull, 5], ['consumer', blockedEmpty, 5]], { occupancy: 2 });
    expect(diagnoseStall(both, earlier(both)).status).toBe('stalled');
    // Closed (or items still queued), so the consumers should be leaving: they are not.
    const closed = snap([['producer', done, 5], ['consumer', blockedEmpty, 5]], { closed: true });
    expect(diagnoseStall(closed, earlier(closed))).toMatchObject({ status: 'stalled' });
    const queued = snap([['producer', done, 5], ['consumer', blockedEmpty, 5]], { occupancy: 1 });
    expect(diagnoseStall(queued, earlier(queued)).status).toBe('stalled');
  });
});

describe('readSnapshot', () => {
  it('reads states, counts, occupancy and the closed flag from shared memory', () => {
    const mem = allocateQueue({ producers: 2, consumers: 1, capacity: 4, items: 10 });
    const m = mem.ints;
    Atomics.store(m, producerBase(1) + WorkerSlot.state, blockedFull);
    Atomics.store(m, producerBase(1) + WorkerSlot.count, 6);
    Atomics.store(m, consumerBase(0) + WorkerSlot.state, consuming);
    Atomics.store(m, consumerBase(0) + WorkerSlot.count, 2);
    Atomics.store(m, QueueSlot.shutdown + ShutdownSlot.closed, 1);
    const ring = openRing(mem, 'mpmc');
    for (let s = 0; s < 3; s++) ring.tryPut(encodeItem(0, s), 0);
    const s = readSnapshot(mem, 'mpmc', 42);
    expect(s).toMatchObject({ atMs: 42, control: Control.run, occupancy: 3, closed: true });
    expect(s.workers).toEqual([
      { role: 'producer', index: 0, state: WorkerState.idle, count: 0 },
      { role: 'producer', index: 1, state: blockedFull, count: 6 },
      { role: 'consumer', index: 0, state: consuming, count: 2 },
    ]);
    // message: the queue is what was posted and not yet taken.
    expect(readSnapshot(mem, 'message', 0).occupancy).toBe(4);
  });
});
