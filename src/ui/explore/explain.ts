// Explain: the first lost update of a real slow-motion run that the Explorer can replay as it happened.
import { OverwriteDetector, type TraceRecord } from '../../core/counter/trace.ts';
import { raceFromTrace, type CapturedRace } from '../../core/explore/replay.ts';

/**
 * Tries each lost update in turn: one whose window is not self-contained (the ring dropped
 * records, or another access changed the cell inside it) is skipped for the next.
 */
export function firstCapturedRace(records: readonly TraceRecord[]): CapturedRace | null {
  const n = new OverwriteDetector().feed([...records].sort((a, b) => a.seq - b.seq)).length;
  for (let i = 0; i < n; i++) {
    const race = raceFromTrace(records, i);
    if (race) return race;
  }
  return null;
}
