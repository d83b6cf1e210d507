// Node worker_threads entry for the condition-variable proof (the locked queue's building block): ping-pong on a turn word.
import { parentPort } from 'node:worker_threads';
import { arriveAndWait } from '../core/shared/memory.ts';
import { condSignal, condWait } from '../core/sync/condvar.ts';
import { mutexLock, mutexUnlock } from '../core/sync/mutex.ts';
import { LINE_INTS } from '../core/shared/memory.ts';
import { PingPongSlot, type PingPongReply, type PingPongRequest } from './queuePingPong.ts';

function play(m: Int32Array, req: PingPongRequest): PingPongReply {
  const { mutex, turn, cv } = PingPongSlot;
  const cvOf = (p: number): number => cv + p * LINE_INTS;
  let waits = 0;
  let lostWakeups = 0;
  arriveAndWait(m, PingPongSlot.barrier, req.players, PingPongSlot.control);
  for (let r = 0; r < req.rounds; r++) {
    mutexLock(m, mutex);
    while (Atomics.load(m, turn) !== req.player) {
      waits++;
      if (!condWait(m, cvOf(req.player), mutex, req.timeoutMs) && Atomics.load(m, turn) !== req.player) {
        // Report the first one rather than wait out every later one (the others then time out too).
        mutexUnlock(m, mutex);
        return { moves: r, waits, lostWakeups: ++lostWakeups };
      }
    }
    const next = (req.player + 1) % req.players;
    Atomics.store(m, turn, next);
    if (req.signalAfterUnlock) {
      // Legal: the turn changed under the mutex, so any waiter counted itself before it.
      mutexUnlock(m, mutex);
      condSignal(m, cvOf(next));
    } else {
      condSignal(m, cvOf(next));
      mutexUnlock(m, mutex);
    }
  }
  return { moves: req.rounds, waits, lostWakeups };
}

const port = parentPort;
if (!port) throw new Error('queueCondvarThread must run in a worker thread');
port.on('message', (req: PingPongRequest) => {
  port.postMessage(play(new Int32Array(req.buffer), req));
});
