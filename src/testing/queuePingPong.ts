// Shared words and messages of the condition-variable ping-pong (see queueCondvarThread.ts).
import { LINE_INTS } from '../core/shared/memory.ts';

/** Shared words of the ping-pong, each on its own line. */
export const PingPongSlot = {
  control: 0,
  barrier: LINE_INTS,
  mutex: LINE_INTS * 2,
  /** Whose turn it is: the player index. */
  turn: LINE_INTS * 2 + 1,
  /** One condition variable per player: "it is your turn". */
  cv: LINE_INTS * 3,
} as const;
export const PING_PONG_BYTES = (PingPongSlot.cv + LINE_INTS * 8) * 4;

export interface PingPongRequest {
  readonly buffer: SharedArrayBuffer;
  /** This player, 0-based; after its move the turn passes to (player + 1) % players. */
  readonly player: number;
  readonly players: number;
  readonly rounds: number;
  /** Longer than any honest wake-up takes: a wait that times out with the turn still not ours was a lost wake-up. */
  readonly timeoutMs: number;
  /** Wake the next player after unlocking instead of before (both are legal). */
  readonly signalAfterUnlock: boolean;
}

export interface PingPongReply {
  readonly moves: number;
  readonly waits: number;
  /** Waits that ended by timeout with the turn still someone else's. */
  readonly lostWakeups: number;
}
