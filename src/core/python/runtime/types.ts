// The machine's public shapes: settings, the state as the page draws it, outcomes, schedules and
// exploration results. Plain serialisable data (structured-clone safe), so a worker can send them.
// Concurrency contract: none; a machine is single-threaded and deterministic, one per worker.

/** Where a running thread may lose the processor (the `switch` link parameter). */
export type SwitchModel = 'every' | 'gil' | 'timer';

export interface MachineSettings {
  /** `every`: between any two shared steps; `gil`: CPython's eval-breaker points; `timer`: every `quantum` instructions. */
  readonly switch: SwitchModel;
  /** Instructions per slice under `timer` (1–1000). */
  readonly quantum: number;
  /** Instructions one schedule may run before it ends as `budget`. */
  readonly stepBudget: number;
  /** Seed of Run's and Sample's random choices. */
  readonly seed: number;
}

export const DEFAULT_SETTINGS: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 200_000, seed: 1 };

/**
 * A schedule: at each decision point, the id of the thread that moves. Thread ids are small
 * integers in creation order (0 is the main thread); replaying a schedule on a fresh machine made
 * with the same code and settings reaches the same state.
 */
export type Schedule = readonly number[];

/** How a program ended. `error`: the main thread of the main process died of an exception. */
export type EndKind = 'finished' | 'deadlock' | 'error' | 'budget';

export interface Outcome {
  /** Everything printed to stdout, trailing whitespace trimmed (the page's `data-value`). */
  readonly stdout: string;
  readonly end: EndKind;
  /** Identity of the outcome: end kind and stdout. */
  readonly key: string;
  /** One sentence for the learner: "Finished.", "Deadlock: T1 waits for Lock 1 held by T2; …". */
  readonly why: string;
}

export function outcomeKey(stdout: string, end: EndKind): string {
  return `${end}\u0000${stdout}`;
}

/** A thread's situation in words for the page. */
export type ThreadStatusName =
  /** may move now */
  | 'ready'
  /** waits for an object (a lock, a queue, a condition, a join …) */
  | 'blocked'
  /** waits only for the clock (`time.sleep`, a timeout) */
  | 'sleeping'
  /** created but `start()` not called yet; not drawn as a choice */
  | 'new'
  | 'done'
  /** ended by an uncaught exception */
  | 'failed';

/** A value as drawn: its `repr`, and the id of the object it refers to when it is one of `objects`. */
export interface ValueView {
  readonly repr: string;
  readonly ref: number | null;
}

export interface VarView {
  readonly name: string;
  readonly value: ValueView;
}

export interface FrameView {
  /** Function name (`<module>` for module code). */
  readonly name: string;
  readonly line: number;
  readonly locals: readonly VarView[];
}

export interface InstructionView {
  /** Index in its code object. */
  readonly index: number;
  readonly opname: string;
  /** The argument in words, as `dis` shows it (`x`, `+=`, `1`). */
  readonly argrepr: string;
  readonly line: number;
}

export interface ThreadView {
  readonly id: number;
  /** `MainThread`, `Thread-1 (worker)`, or the name given. */
  readonly name: string;
  /** Index into `MachineView.processes`. */
  readonly process: number;
  readonly daemon: boolean;
  readonly status: ThreadStatusName;
  /** In words: "waits for Lock 2 held by Thread-1 (worker)", "sleeps until 1.5 s", "ready". */
  readonly why: string;
  /** Line of the instruction about to run, or null once ended. */
  readonly line: number | null;
  readonly instruction: InstructionView | null;
  /** Outermost first. */
  readonly frames: readonly FrameView[];
  /** May be chosen now (under the switch model). */
  readonly enabled: boolean;
}

export interface ProcessView {
  readonly id: number;
  /** `MainProcess`, `Process-1`, … */
  readonly name: string;
  /** Module globals of this process, without modules and builtins imported by name. */
  readonly globals: readonly VarView[];
  readonly alive: boolean;
}

export type ObjectKind =
  | 'lock' | 'rlock' | 'condition' | 'semaphore' | 'event' | 'barrier'
  | 'queue' | 'deque' | 'value' | 'array' | 'thread' | 'process'
  | 'list' | 'dict' | 'tuple' | 'other';

/** A shared object as drawn between the threads. Fields not meaningful for a kind are null or empty. */
export interface ObjectView {
  readonly id: number;
  readonly kind: ObjectKind;
  /** "Lock 1", "Queue 2", "Value 3 ('i')". */
  readonly label: string;
  /** A lock's (or an RLock's, a condition's lock's) holder: thread id, or null when free. */
  readonly holder: number | null;
  /** An RLock's recursion depth. */
  readonly depth: number | null;
  /** Threads waiting on it, in the order they will be woken. */
  readonly waiters: readonly number[];
  /** A queue's, deque's, list's or array's items as reprs, front first. */
  readonly items: readonly string[];
  /** A semaphore's counter, a Value's value, a barrier's parties, a queue's unfinished tasks. */
  readonly count: number | null;
  /** A bounded queue's maxsize, a bounded semaphore's bound, a barrier's parties. */
  readonly capacity: number | null;
  /** An event's flag, a barrier's broken state. */
  readonly flag: boolean | null;
  /** A barrier's arrivals in this phase. */
  readonly arrivals: readonly number[];
  /** Anything else in words. */
  readonly note: string;
}

export interface OutputChunk {
  readonly thread: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface MachineView {
  readonly threads: readonly ThreadView[];
  readonly processes: readonly ProcessView[];
  readonly objects: readonly ObjectView[];
  readonly stdout: string;
  readonly stderr: string;
  /** What was printed, in order, by whom. */
  readonly output: readonly OutputChunk[];
  /** Virtual clock, seconds. */
  readonly now: number;
  /** Instructions run so far. */
  readonly steps: number;
  /** Moves taken so far (the schedule from the start). */
  readonly schedule: Schedule;
  /** Set once the program has ended. */
  readonly outcome: Outcome | null;
  /** For a deadlock, who waits for what. */
  readonly waitFor: PyWaitForGraph | null;
}

export type WaitNodeKind = 'thread' | 'object';

export interface PyWaitForGraph {
  readonly nodes: readonly { readonly id: string; readonly kind: WaitNodeKind; readonly label: string }[];
  /** thread → the object it waits for ('waits'), object → the thread that holds it ('held-by'), thread → thread it joins ('waits'). */
  readonly edges: readonly { readonly from: string; readonly to: string; readonly kind: 'waits' | 'held-by' }[];
  /** Node ids around one cycle, starting at a thread, or empty. */
  readonly cycle: readonly string[];
}

export interface RunResult {
  readonly outcome: Outcome;
  readonly schedule: Schedule;
  readonly steps: number;
  readonly stderr: string;
}

/** A preemption on a witness: before move `move`, thread `thread` could have gone on at `line`. */
export interface SwitchPoint {
  readonly move: number;
  readonly thread: number;
  readonly name: string;
  readonly line: number;
  /** The thread had already run part of that line (a switch inside `x += 1`). */
  readonly midLine: boolean;
}

/** An outcome and how many schedules reach it, without its witness: what progress carries. */
export interface OutcomeTally {
  readonly outcome: Outcome;
  /** Schedules (explored or sampled) that reach it; a decimal string when past 2^53. */
  readonly count: number | string;
  /** Explore all: the fewest preemptions of any schedule reaching it (under the reduction, see SearchResult.exactPreemptions). */
  readonly preemptions?: number;
}

/** Schedules that reached outcomes left off a bounded list (the list keeps the most frequent). */
export interface OtherOutcomes {
  /** A decimal string when past 2^53. */
  readonly count: number | string;
}

/** One outcome of Explore all or Sample, with a witness. */
export interface OutcomeCount extends OutcomeTally {
  /** Where the witness preempts (it has the fewest preemptions found). */
  readonly switches?: readonly SwitchPoint[];
  /** One schedule that reaches it, to replay step by step. */
  readonly witness: Schedule;
  /** stderr at the witness's end (tracebacks of threads that died). */
  readonly stderr: string;
  readonly waitFor: PyWaitForGraph | null;
  /** Sample: the seed of the run that gave the witness (runSeed of the sample's seed and the run's index). */
  readonly seed?: number;
}

/** PCT's promise for a program of `threads` threads and `steps` choice points, at bug depth `depth`. */
export interface PctGuarantee {
  readonly threads: number;
  readonly steps: number;
  readonly depth: number;
  /** Lower bound on the chance that one run shows a given bug of depth `depth`: 1/(n·k^(d−1)). */
  readonly probability: number;
  /** Runs after which such a bug has shown at least once with 95 % confidence (Infinity when too many to count). */
  readonly runsFor95: number;
}

export interface SearchProgress {
  /** Distinct states (explore) or schedules (sample) so far. */
  readonly done: number;
  /** States waiting to be expanded (explore), schedules still to run (sample). */
  readonly pending: number;
  /** The most frequent outcomes so far (identities and counts only: witnesses come with the result). */
  readonly outcomes: readonly OutcomeTally[];
  /** Schedules whose outcomes the list leaves off; absent when it lists them all. */
  readonly other?: OtherOutcomes;
  /** Sample with PCT: what it guarantees for this program. */
  readonly pct?: PctGuarantee;
  /** Explore all with the reduction split over workers: subtrees (seeds) finished, all workers together, of how many. */
  readonly subtrees?: { readonly done: number; readonly total: number };
  /** Explore all with the reduction, once every part is in: states the bounded searches that settle the fewest preemptions have explored. */
  readonly settling?: number;
}

export interface SearchResult {
  /** The most frequent outcomes, each with a witness. */
  readonly outcomes: readonly OutcomeCount[];
  /** Schedules whose outcomes the list leaves off; absent when it lists them all. */
  readonly other?: OtherOutcomes;
  /** True when every schedule was covered (explore, no budget hit, not stopped). */
  readonly complete: boolean;
  /** Distinct states (explore) or schedules run (sample). */
  readonly states: number;
  readonly schedules: number | string;
  /** The state graph has a cycle (a loop that can spin forever); counts leave the cycles out. */
  readonly cyclic: boolean;
  /** Explore all with partial-order reduction: counts are explored classes of equivalent schedules, not schedules. */
  readonly reduced?: boolean;
  /**
   * Explore all with the reduction: true when each outcome's preemptions are the fewest of any
   * schedule (checked by a search bounded below the largest); false when they are the fewest among
   * the schedules the reduction ran (an upper bound: the check ran out of budget).
   */
  readonly exactPreemptions?: boolean;
  /** Sample with PCT: what it guarantees for this program. */
  readonly pct?: PctGuarantee;
}

export interface ExploreSettings {
  /** Stop (incomplete) after this many distinct states. */
  readonly maxStates: number;
  /** States expanded between two progress reports. */
  readonly sliceStates: number;
}

export interface SampleSettings {
  readonly samples: number;
  /** Schedules between two progress reports. */
  readonly sliceSchedules: number;
}

/** Picks the next thread among the enabled ones (ids ascending, never empty). */
export type Chooser = (enabled: readonly number[], moves: number) => number;

/*
 * The machine's functions (`runtime/index.ts`), all synchronous; the long ones are generators
 * that yield progress between slices so a worker can answer Stop:
 *
 *   createMachine(code: CodeObject, settings: MachineSettings): Machine
 *   enabled(m: Machine): number[]                  thread ids that may move now, ascending
 *   step(m: Machine, thread: number): void         one move of that thread (mutates m)
 *   view(m: Machine): MachineView                  the state as the page draws it
 *   cloneMachine(m: Machine): Machine              for undo; independent of m
 *   replay(code, settings, schedule): Machine      a fresh machine after those moves
 *   runSchedule(m: Machine, chooser: Chooser): RunResult   to the end (or the step budget)
 *   randomChooser(seed: number): Chooser           seeded, the same seed gives the same run
 *   explore(code, settings, options?: Partial<ExploreSettings>): Generator<SearchProgress, SearchResult>
 *   sample(code, settings, options?: Partial<SampleSettings>): Generator<SearchProgress, SearchResult>
 *
 * A move is one instruction of the chosen thread followed by the instructions no other thread can
 * observe (local loads and stores, constants, stack shuffles), under `every`; the run up to the
 * next eval-breaker point (function entry, backward jump, after a call) or block under `gil`;
 * up to `quantum` instructions under `timer`.
 */
