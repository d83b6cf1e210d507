// The engine's stall watch: deadlocked at once when core can name who is missing, after a while when everything merely stands still.
import { describe, expect, it } from 'vitest';
import { WorkerState, type WorkerStateValue } from '../core/queue/queueLayout.ts';
import { STALL_QUIET_MS, type QueueSnapshot, type WorkerSnapshot } from '../core/queue/stall.ts';
import { Control } from '../core/shared/memory.ts';
import { STALLED_GIVE_UP_MS, StallWatch } from './queueWatch.ts';

const { producing, blockedFull, consuming, blockedEmpty, done } = WorkerState;

function snap(atMs: number, workers: [WorkerSnapshot['role'], WorkerStateValue, number][], extra: Partial<QueueSnapshot> = {}): QueueSnapshot {
  return {
    atMs,
    control: Control.run,
    workers: workers.map(([role, state, count], index) => ({ role, index, state, count })),
    occupancy: 0,
    closed: false,
    ...extra,
  };
}

/** Feeds one snapshot every `every` ms from 0 to `untilMs`, and returns the first verdict that is not ok with its time. */
function watch(make: (t: number) => QueueSnapshot, untilMs: number, every = 100): { at: number; diagnosis: string } | null {
  const w = new StallWatch();
  for (let t = 0; t <= untilMs; t += every) {
    const v = w.look(make(t));
    if (v.status === 'deadlocked') return { at: t, diagnosis: v.diagnosis };
  }
  return null;
}

describe('StallWatch', () => {
  it('calls producers stuck on a full queue with no consumer left deadlocked once they were still for the quiet time', () => {
    const found = watch((t) => snap(t, [['producer', blockedFull, 9], ['consumer', done, 1]], { occupancy: 1 }), 2000);
    expect(found).not.toBeNull();
    expect(found!.at).toBe(STALL_QUIET_MS);
    expect(found!.diagnosis).toMatch(/^1 producer waits? for room in a full queue and no consumer is left/);
  });

  it('calls consumers waiting for items no producer will put deadlocked', () => {
    const found = watch((t) => snap(t, [['producer', done, 10], ['consumer', blockedEmpty, 3]]), 2000);
    expect(found?.diagnosis).toMatch(/consumer waits? for items/);
  });

  it('gives a stalled run some time, then calls it deadlocked in words', () => {
    // Both sides alive and blocked: core cannot say who is missing, only that nothing moves.
    const found = watch((t) => snap(t, [['producer', blockedFull, 5], ['consumer', blockedEmpty, 5]], { occupancy: 2 }), 5000);
    expect(found).not.toBeNull();
    expect(found!.at).toBeGreaterThanOrEqual(STALLED_GIVE_UP_MS);
    expect(found!.at).toBeLessThanOrEqual(STALLED_GIVE_UP_MS + STALL_QUIET_MS + 100);
    expect(found!.diagnosis).toMatch(/^Every running worker has been blocked .* can never finish\.$/);
  });

  it('never gives up on a slow run that keeps moving, nor on a paused one', () => {
    // A slow producer: the consumer is blocked on empty most of the time, but counts move.
    expect(watch((t) => snap(t, [['producer', producing, Math.floor(t / 500)], ['consumer', blockedEmpty, Math.floor(t / 500)]]), 10_000)).toBeNull();
    expect(watch((t) => snap(t, [['producer', blockedFull, 5], ['consumer', consuming, 5]]), 10_000)).toBeNull();
    expect(
      watch((t) => snap(t, [['producer', blockedFull, 5], ['consumer', done, 5]], { control: Control.pause }), 10_000),
    ).toBeNull();
  });

  it('starts counting again after the run moves', () => {
    const w = new StallWatch();
    const stuck = (t: number, count: number): QueueSnapshot => snap(t, [['producer', blockedFull, count], ['consumer', blockedEmpty, count]], { occupancy: 1 });
    for (let t = 0; t < STALLED_GIVE_UP_MS - 100; t += 100) expect(w.look(stuck(t, 1)).status).toBe('ok');
    // One item moves: the stillness so far no longer counts.
    for (let t = STALLED_GIVE_UP_MS - 100; t < 2 * STALLED_GIVE_UP_MS - 200; t += 100) expect(w.look(stuck(t, 2)).status).toBe('ok');
  });
});
