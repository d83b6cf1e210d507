// Every Python program the page shows (or a text's claim rests on), with the outcome the page claims
// for it under each CPython it is recorded with. scripts/snippets/record.mjs runs them under real
// CPython; catalog.test.ts holds the recordings to these texts and these claims. No DOM.
import { EXACT_MODES, SYNC_MODES, type SyncMode } from '../../core/counter/syncModes.ts';
import { lostUpdate } from '../../core/explore/counterScenarios.ts';
import type { QueueParams } from '../../core/params/queueParams.ts';
import { QUEUE_KINDS, SAFE_KINDS, SHUTDOWN_POLICIES, type QueueKind, type ShutdownPolicy } from '../../core/queue/queueKinds.ts';
import { MODE_TEXT } from '../counter/snippets.ts';
import { pythonCode, RESULT_LINE } from '../queue/snippetsPython.ts';
import { SWEEP_PYTHON } from '../scaling/snippets.ts';

/** What a run showed: the total was exact, updates or items were lost or duplicated, items were left
 * behind, it never ended, two measured rates came out within a factor of two, or it failed. */
export type Outcome = 'exact' | 'races' | 'leaves' | 'hangs' | 'close' | 'fails';

/** The CPython minor versions the script runs: 3.12 always; 3.9 where a text says a race shows there. */
export const PYTHONS = ['3.9', '3.12', '3.13'] as const;
export type PythonVersion = (typeof PYTHONS)[number];

export const START_METHODS = ['fork', 'spawn', 'forkserver'] as const;

export interface SnippetCase {
  readonly id: string;
  /** Exactly the text the page shows (the recording keeps a hash of it). */
  readonly text: string;
  /** Uses multiprocessing: run under every start method, not once. */
  readonly processes: boolean;
  /** What the page claims for each CPython the case is run with (an outcome in the list). */
  readonly claims: Readonly<Partial<Record<PythonVersion, readonly Outcome[]>>>;
  /** Seconds after which a run counts as hanging. */
  readonly timeoutS: number;
  readonly outcome: (stdout: string) => Outcome;
}

/** One recorded run, as the script writes it. */
export interface Run {
  readonly python: string;
  readonly start: string | null;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
}

/** What a recorded run shows, whatever the program printed. */
export function runOutcome(c: SnippetCase, run: Run): Outcome {
  if (run.timedOut) return 'hangs';
  if (run.exitCode !== 0) return 'fails';
  return c.outcome(run.stdout);
}

/** The last integer the program printed. */
function lastInteger(stdout: string): number | null {
  const m = /(-?\d+)\s*$/.exec(stdout.trim());
  return m ? Number(m[1]) : null;
}

// ——— Counter lab: one process program per mode; the page says which modes are exact. ———

function counterCase(mode: SyncMode): SnippetCase {
  const claim: Outcome[] = [EXACT_MODES.has(mode) ? 'exact' : 'races'];
  return {
    id: `counter-${mode}`,
    text: MODE_TEXT[mode].python,
    processes: true,
    // Processes race (or not) the same way on every version: the GIL is per process.
    claims: { '3.12': claim },
    timeoutS: 120,
    outcome: (out) => {
      const v = lastInteger(out);
      if (v === null) return 'fails';
      return v === 0 ? 'exact' : 'races';
    },
  };
}

// ——— Queue lab: one program per kind and shutdown, with small settings. ———

/** The settings a queue case is recorded with: the seed's slow producer for the empty check. */
export function queueCaseParams(queue: QueueKind, shutdown: ShutdownPolicy): QueueParams {
  if (shutdown === 'empty-check') {
    return { producers: 1, consumers: 1, capacity: 16, items: 10, queue, shutdown, produceMs: 20, consumeMs: 5, engine: 'js' };
  }
  const pairs = queue === 'spsc' ? 1 : 2;
  return { producers: pairs, consumers: pairs, capacity: queue === 'unsafe' ? 16 : 4, items: queue === 'unsafe' ? 10_000 : 2_000, queue, shutdown, produceMs: 0, consumeMs: 0, engine: 'js' };
}

function queueOutcome(out: string): Outcome {
  const m = RESULT_LINE.exec(out);
  if (!m) return 'fails';
  const [consumed, total, twice, left] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const missing = total - (consumed - twice) - left;
  if (twice > 0 || missing > 0) return 'races';
  return left > 0 ? 'leaves' : 'exact';
}

function queueCase(queue: QueueKind, shutdown: ShutdownPolicy): SnippetCase {
  const p = queueCaseParams(queue, shutdown);
  const several = p.producers > 1 || p.consumers > 1;
  // queue.Queue.shutdown() and queue.ShutDown exist from Python 3.13 on.
  const modern = shutdown === 'close' && (queue === 'locked' || queue === 'mpmc');
  let claims: SnippetCase['claims'];
  if (shutdown === 'empty-check') {
    claims = { '3.12': ['leaves'] };
  } else if (SAFE_KINDS.has(queue) || !several) {
    claims = modern ? { '3.13': ['exact'] } : { '3.12': ['exact'] };
  } else {
    // The unsafe ring's text: it loses and duplicates items on 3.9; with the GIL of 3.10 to 3.13
    // the race rarely shows (a lost pill can also leave a consumer waiting for ever).
    claims = { '3.9': ['races', 'hangs'], '3.12': ['exact'], '3.13': ['exact'] };
  }
  return { id: `queue-${queue}-${shutdown}`, text: pythonCode(p), processes: queue === 'message', claims, timeoutS: 90, outcome: queueOutcome };
}

// ——— Scaling lab: the false-sharing program; its text says the gap is small in CPython. ———

const scalingCase: SnippetCase = {
  id: 'scaling-false-sharing',
  text: SWEEP_PYTHON,
  processes: true,
  claims: { '3.12': ['close'] },
  timeoutS: 60,
  outcome: (out) => {
    const adjacent = Number(/^adjacent (\d+) ops\/s$/m.exec(out)?.[1] ?? NaN);
    const padded = Number(/^padded (\d+) ops\/s$/m.exec(out)?.[1] ?? NaN);
    if (!(adjacent > 0 && padded > 0)) return 'fails';
    return padded / adjacent < 2 && adjacent / padded < 2 ? 'close' : 'fails';
  },
};

// ——— Explorer: its lost update, as two real Python threads. ———

/** The Explorer's lost-update lines (one round of the racy program's first thread). */
export function explorerLostUpdateLines(): readonly string[] {
  const source = lostUpdate({ threads: 2, incs: 2 }, false).threads[0]?.source ?? [];
  return source.filter((l) => !l.startsWith('for ')).map((l) => l.trim());
}

const [readLine = '', writeLine = ''] = explorerLostUpdateLines();

/** The Explorer's loop as a program: the lines are the Explorer's own, the loop longer. */
export const EXPLORER_LOST_UPDATE_PY = `import sys
import threading

sys.setswitchinterval(1e-6)             # ask CPython to switch threads as often as it will
counter = 0


def thread(n):
    global counter
    for _ in range(n):
        ${readLine}
        ${writeLine}


if __name__ == '__main__':
    threads = [threading.Thread(target=thread, args=(100_000,)) for _ in range(2)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(counter, 'of', 200_000)`;

const explorerCase: SnippetCase = {
  id: 'explore-lost-update-threads',
  text: EXPLORER_LOST_UPDATE_PY,
  processes: false,
  // The Explorer's text: threads lose updates here on 3.9; the GIL of 3.10 to 3.13 never switches
  // between the two lines, so the same program happens to stay exact there.
  claims: { '3.9': ['races'], '3.12': ['exact'], '3.13': ['exact'] },
  timeoutS: 60,
  outcome: (out) => {
    const m = /^(\d+) of (\d+)$/m.exec(out);
    if (!m) return 'fails';
    return m[1] === m[2] ? 'exact' : 'races';
  },
};

export const SNIPPET_CASES: readonly SnippetCase[] = [
  ...SYNC_MODES.map(counterCase),
  ...QUEUE_KINDS.flatMap((k) => SHUTDOWN_POLICIES.map((s) => queueCase(k, s))),
  scalingCase,
  explorerCase,
];

/** The start methods a case runs under: every one for processes, the default (null) otherwise. */
export function startMethods(c: SnippetCase): readonly (string | null)[] {
  return c.processes ? START_METHODS : [null];
}
