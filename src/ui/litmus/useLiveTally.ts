// The live tally of the running litmus test: read from shared memory every frame, handed to React at
// most ten times a second (fast values never enter React state at frame rate).
import { useEffect, useState } from 'react';
import { readTally, type LitmusTally } from '../../core/litmus/index.ts';
import { startFrameLoop } from '../../engine/frameLoop.ts';
import { litmusEngine } from '../../state/litmusRunSlice.ts';

const COMMIT_MS = 100;

/** The tally while `running`, else null. */
export function useLiveTally(running: boolean): LitmusTally | null {
  const [tally, setTally] = useState<LitmusTally | null>(null);
  useEffect(() => {
    if (!running) return;
    let last = -Infinity;
    let lastDone = -1;
    return startFrameLoop((now) => {
      const mem = litmusEngine.loaded?.mem;
      if (!mem) return;
      const t = readTally(mem.ints);
      if (t.done === lastDone || now - last < COMMIT_MS) return;
      last = now;
      lastDone = t.done;
      setTally(t);
    });
  }, [running]);
  // A tally from an earlier run is not shown once it has ended.
  return running ? tally : null;
}
