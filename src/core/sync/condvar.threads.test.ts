// Real-thread proof of the condition variable: no lost wake-ups in a ping-pong where every move needs a wake-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../testing/threadPool.ts';
import { PING_PONG_BYTES, type PingPongReply, type PingPongRequest } from '../../testing/queuePingPong.ts';

const THREADS = 3;
let pool: ThreadPool<PingPongRequest, PingPongReply>;

beforeAll(async () => {
  pool = await ThreadPool.start<PingPongRequest, PingPongReply>('queueCondvarThread.ts', THREADS);
});

afterAll(async () => {
  await pool.close();
});

async function pingPong(players: number, rounds: number, signalAfterUnlock: boolean): Promise<{ replies: PingPongReply[]; ms: number }> {
  const buffer = new SharedArrayBuffer(PING_PONG_BYTES);
  const t0 = performance.now();
  const replies = await pool.all(
    Array.from({ length: players }, (_, player) => ({ buffer, player, players, rounds, timeoutMs: 500, signalAfterUnlock })),
  );
  return { replies, ms: performance.now() - t0 };
}

describe('condition variable on real threads', () => {
  it.each([
    [2, false],
    [2, true],
    [3, false],
    [3, true],
  ])('%i players pass the turn 20,000 times each with no lost wake-up (signal after unlock: %s)', async (players, after) => {
    const rounds = 20_000;
    const { replies, ms } = await pingPong(players, rounds, after);
    const waits = replies.reduce((t, r) => t + r.waits, 0);
    console.info(`condvar ping-pong, ${players} players: ${players * rounds} moves, ${waits} waits, ${ms.toFixed(0)} ms`);
    for (const r of replies) expect(r).toMatchObject({ moves: rounds, lostWakeups: 0 });
    // Strict turns: a player almost always finds it is not its turn yet, so the waits really ran.
    expect(waits).toBeGreaterThan(rounds);
    // A lost wake-up costs the 500 ms timeout: it shows here as well as in the counts.
    expect(ms).toBeLessThan(30_000);
  });
});
