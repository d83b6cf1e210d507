// The litmus tests the lab runs, as the page shows them: code per thread, outcomes, which one is relaxed.
// Concurrency contract: none (constant data).
import type { LitmusAccess, LitmusTestId } from './litmusJob.ts';

export interface LitmusThreadCode {
  readonly name: 'T0' | 'T1';
  /** Pseudo-code, one statement per line, as in a textbook litmus table. */
  readonly pseudo: readonly string[];
  /** The JavaScript each worker runs per iteration (indexes simplified to names), per access kind. */
  readonly js: Record<LitmusAccess, readonly string[]>;
}

export interface LitmusTest {
  readonly id: LitmusTestId;
  readonly title: string;
  readonly description: string;
  /** The shared variables, all 0 before each iteration. */
  readonly variables: readonly [string, string];
  readonly threads: readonly [LitmusThreadCode, LitmusThreadCode];
  /** The outcome index (r0 * 2 + r1) forbidden under sequential consistency. */
  readonly relaxed: number;
  /**
   * The SC outcome that neither thread running wholly before the other can give: seeing it shows that
   * the two threads' statements really interleaved, so the run was a race and not two turns.
   */
  readonly overlap: number;
  /** Why the relaxed outcome can happen with plain accesses, and what this machine's CPU does about it. */
  readonly whyRelaxed: string;
}

export interface LitmusOutcome {
  /** r0 * 2 + r1: the index into a tally's counts. */
  readonly index: number;
  readonly r0: 0 | 1;
  readonly r1: 0 | 1;
  /** "r0=0 r1=0" */
  readonly label: string;
  /** Reachable by some interleaving of the two threads' statements. */
  readonly allowedUnderSC: boolean;
  /** How a run gets there. */
  readonly meaning: string;
}

/** `x = 1` stores a constant, `r0 = y` loads into a register: the JavaScript each access kind runs for it. */
function jsOf(statement: string, access: LitmusAccess): string {
  const [to = '', from = ''] = statement.split(' = ');
  const load = /^r\d$/.test(to);
  if (access === 'plain') return load ? `${to} = m[${from}];` : `m[${to}] = ${from};`;
  return load ? `${to} = Atomics.load(m, ${from});` : `Atomics.store(m, ${to}, ${from});`;
}

/** A thread from its pseudo-code; the JavaScript shown is made from it, so the two cannot disagree. */
function thread(name: LitmusThreadCode['name'], ...pseudo: string[]): LitmusThreadCode {
  return { name, pseudo, js: { plain: pseudo.map((p) => jsOf(p, 'plain')), atomics: pseudo.map((p) => jsOf(p, 'atomics')) } };
}

export const LITMUS_TESTS: Record<LitmusTestId, LitmusTest> = {
  sb: {
    id: 'sb',
    title: 'Store buffering',
    description:
      'Each thread sets its own flag, then looks at the other one. In any interleaving at least one ' +
      'thread must see the other’s flag set, so both reading 0 should be impossible — like two people who ' +
      'each raise a hand and then check the other’s, and both see it down.',
    variables: ['x', 'y'],
    threads: [thread('T0', 'x = 1', 'r0 = y'), thread('T1', 'y = 1', 'r1 = x')],
    relaxed: 0,
    overlap: 3,
    whyRelaxed:
      'A CPU core puts a store in its store buffer and carries on; the store reaches memory later. A load ' +
      'that follows may read memory before then, so each thread’s load can overtake its own store. x86 ' +
      'does exactly this with plain stores. Atomics.store is sequentially consistent: it waits for the ' +
      'buffer to drain (a locked instruction on x86), so both 0s become impossible.',
  },
  mp: {
    id: 'mp',
    title: 'Message passing',
    description:
      'T0 writes a message, then raises a flag; T1 checks the flag, then reads the message. Under ' +
      'sequential consistency, seeing the flag means seeing the message: r0=1 with r1=0 is impossible.',
    variables: ['data', 'flag'],
    threads: [thread('T0', 'data = 1', 'flag = 1'), thread('T1', 'r0 = flag', 'r1 = data')],
    relaxed: 2,
    overlap: 1,
    whyRelaxed:
      'With plain accesses the JavaScript memory model lets the compiler or the CPU reorder the two ' +
      'stores or the two loads. x86 keeps stores in order and loads in order, so there it takes a compiler ' +
      'reordering, and this one is rarely or never seen; ARM and POWER reorder in hardware. With Atomics ' +
      'the flag really publishes the message: the outcome cannot happen on any CPU.',
  },
};

const MEANINGS: Record<LitmusTestId, readonly string[]> = {
  sb: [
    'both loads overtook their own thread’s store: neither store had reached memory yet',
    'T0 ran before T1’s store landed; T1 saw x = 1',
    'T1 ran before T0’s store landed; T0 saw y = 1',
    'the threads overlapped: both stores landed before either load',
  ],
  mp: [
    'T1 read before T0 wrote anything',
    'T1 read the flag before T0 raised it, and the message after it was written',
    'the flag was seen, the message was not: its store or T1’s loads were reordered',
    'the message arrived: T1 saw the flag, then the data',
  ],
};

/** Every outcome of the test's two registers, in index order, marked allowed or forbidden under SC. */
export function litmusOutcomes(test: LitmusTestId): readonly LitmusOutcome[] {
  const relaxed = LITMUS_TESTS[test].relaxed;
  return [0, 1, 2, 3].map((index) => {
    const r0 = (index >> 1) as 0 | 1;
    const r1 = (index & 1) as 0 | 1;
    return {
      index,
      r0,
      r1,
      label: `r0=${r0} r1=${r1}`,
      allowedUnderSC: index !== relaxed,
      meaning: MEANINGS[test][index] ?? '',
    };
  });
}

/**
 * Whether the JavaScript memory model lets the outcome happen with this kind of access: every outcome
 * with plain accesses (they race), only the sequentially consistent ones with Atomics.
 */
export function outcomeAllowed(outcome: LitmusOutcome, access: LitmusAccess): boolean {
  return access === 'plain' || outcome.allowedUnderSC;
}
