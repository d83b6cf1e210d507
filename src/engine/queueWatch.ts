// Decides, from snapshots taken a few times a second, when a Queue run can never finish.
// Pure: the engine feeds it snapshots (core's readSnapshot) and acts on its verdict.
import { diagnoseStall, STALL_QUIET_MS, type QueueSnapshot } from '../core/queue/stall.ts';

/**
 * How long "every running worker blocked and nothing moving" may last before the run is called
 * deadlocked even when core cannot name who is missing (a lost wake-up, a racing ring whose
 * indices say full to producers and empty to consumers): nothing runs that could unblock them.
 */
export const STALLED_GIVE_UP_MS = 1000;

export type WatchVerdict = { readonly status: 'ok' } | { readonly status: 'deadlocked'; readonly diagnosis: string };

const OK: WatchVerdict = { status: 'ok' };

export class StallWatch {
  private readonly quietMs: number;
  private readonly giveUpMs: number;
  /** Snapshots newer than the newest one old enough to compare with, plus that one. */
  private history: QueueSnapshot[] = [];
  private stalledSince: number | null = null;

  constructor(quietMs = STALL_QUIET_MS, giveUpMs = STALLED_GIVE_UP_MS) {
    this.quietMs = quietMs;
    this.giveUpMs = giveUpMs;
  }

  look(current: QueueSnapshot): WatchVerdict {
    const t = current.atMs;
    // The newest snapshot at least quietMs old: older ones can only make the comparison coarser.
    let ref = -1;
    for (let i = 0; i < this.history.length; i++) if (t - this.history[i]!.atMs >= this.quietMs) ref = i;
    if (ref > 0) this.history = this.history.slice(ref);
    const previous = ref >= 0 ? this.history[0] : undefined;
    this.history.push(current);
    const d = diagnoseStall(current, previous, this.quietMs);
    if (d.status === 'deadlocked') return { status: 'deadlocked', diagnosis: capitalise(d.reason) };
    if (d.status === 'ok') {
      this.stalledSince = null;
      return OK;
    }
    // Stalled: measured from the reference snapshot, when the stillness began at the latest.
    this.stalledSince ??= previous?.atMs ?? t;
    if (t - this.stalledSince < this.giveUpMs) return OK;
    return {
      status: 'deadlocked',
      diagnosis: `${capitalise(d.reason)} Nothing still running could wake them, so this run can never finish.`,
    };
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
