// The Python lab's actions: open the link's program (unpacking `code` asynchronously), edit it
// (checked as the learner types, packed into the link), step, undo, redo, seek, Run with playback,
// Explore all, Sample, Stop. Loads with the lab; the interpreter itself runs in workers.
import { DEFAULT_EXAMPLE, type ExampleId } from '../core/python/examples/exampleIds.ts';
import { exampleById } from '../core/python/examples/examples.ts';
import { preemptionCap, type PythonParams } from '../core/python/link.ts';
import { decodeProgram, encodeProgram } from '../core/python/programCodec.ts';
import type { MachineSettings, Schedule } from '../core/python/runtime/types.ts';
import { resetSession, sessionCall, startSearch, type SearchJob } from '../engine/pythonEngine.ts';
import { messageOf } from '../engine/runStart.ts';
import type { Opened, SessionView } from '../workers/pythonApiTypes.ts';
import { firstLine, pythonRunRecord, pythonSearchRecord, type PythonRunRecord, type RanProgram } from './pythonRunRecord.ts';
import type { PySearchKind } from './pythonSlice.ts';
import { useStore } from './store.ts';

/** Distinct states Explore all visits before it stops, incomplete. */
export const EXPLORE_MAX_STATES = 200_000;
/** Instructions one schedule may run before it ends as `budget`. */
export const STEP_BUDGET = 20_000_000;
const CHECK_DELAY_MS = 250;

const params = (): PythonParams => useStore.getState().python;
const setParams = (patch: Partial<PythonParams>): void => useStore.getState().setParams('python', patch);

export function machineSettings(p: PythonParams = params()): MachineSettings {
  return { switch: p.switch, quantum: p.quantum, seed: p.seed, stepBudget: STEP_BUDGET };
}

// Answers from the session worker for an older program or older settings are dropped.
let generation = 0;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
let packTimer: ReturnType<typeof setTimeout> | undefined;
let search: SearchJob | null = null;

async function openSession(source: string): Promise<void> {
  const mine = ++generation;
  try {
    const checked = await sessionCall((api) => api.check(source));
    if (mine !== generation) return;
    useStore.setState({ pyErrors: checked.errors, pyListing: checked.listing });
    if (checked.errors.length > 0) {
      useStore.setState({ pySession: null });
      return;
    }
    const opened = await sessionCall((api) => api.open(source, machineSettings()) as Promise<Opened>);
    if (mine !== generation) return;
    // A notice already shown (a link that held no program) stays: it says why this program is open.
    useStore.setState((s) => (opened.ok ? { pySession: opened.session, pyRun: null } : { pySession: null, pyErrors: opened.errors, pyNotice: s.pyNotice ?? opened.reason ?? null }));
  } catch (e) {
    if (mine === generation) useStore.setState({ pySession: null, pyNotice: `The interpreter stopped: ${messageOf(e)}. It restarts with your next action.` });
  }
}

function showProgram(source: string, example: ExampleId | null): void {
  clearTimeout(checkTimer);
  useStore.setState({ pySource: source, pyExample: example, pySession: null, pyRun: null, pyErrors: [], pyListing: [] });
  void openSession(source);
}

/**
 * Opens the program the settings name. A `code` value is unpacked first (async); one that holds no
 * program gives a notice and the default example. `saved` is the autosaved draft, used when the
 * link names no program of its own.
 */
export async function openProgram(saved: string | null = null): Promise<void> {
  const p = params();
  if (p.program.kind === 'example') {
    if (saved !== null && saved !== exampleById(p.program.id).source) {
      showProgram(saved, null);
      void packProgram(saved);
      return;
    }
    showProgram(exampleById(p.program.id).source, p.program.id);
    return;
  }
  const code = p.program.code;
  useStore.setState({ pySource: null });
  const unpacked = await decodeProgram(code);
  const now = params().program;
  if (now.kind !== 'code' || now.code !== code) return;
  if (unpacked.ok) {
    showProgram(unpacked.source, null);
    return;
  }
  setParams({ program: { kind: 'example', id: DEFAULT_EXAMPLE } });
  useStore.setState({ pyNotice: `Program: ${unpacked.reason}, so the example “${exampleById(DEFAULT_EXAMPLE).title}” is open.` });
  showProgram(exampleById(DEFAULT_EXAMPLE).source, DEFAULT_EXAMPLE);
}

export function openExample(id: ExampleId): void {
  setParams({ program: { kind: 'example', id } });
  cancelSearch();
  useStore.setState({ pySearch: null });
  showProgram(exampleById(id).source, id);
}

async function packProgram(source: string): Promise<void> {
  const code = await encodeProgram(source);
  if (useStore.getState().pySource === source) setParams({ program: { kind: 'code', code } });
}

/** An edit in the editor: checked after a pause in typing, and packed into the link. */
export function editProgram(source: string): void {
  const s = useStore.getState();
  if (s.pySource === source) return;
  generation++;
  useStore.setState({ pySource: source, pyExample: null, pySession: null, pyRun: null });
  clearTimeout(checkTimer);
  clearTimeout(packTimer);
  checkTimer = setTimeout(() => void openSession(source), CHECK_DELAY_MS);
  packTimer = setTimeout(() => void packProgram(source), CHECK_DELAY_MS);
}

/** A change of switch model, quantum, samples or seed; the session restarts under the new rules. */
export function changeSettings(patch: Partial<Omit<PythonParams, 'program'>>): void {
  const before = params();
  setParams(patch);
  const after = params();
  const source = useStore.getState().pySource;
  if (source !== null && (before.switch !== after.switch || before.quantum !== after.quantum)) void openSession(source);
}

async function sessionAction(f: () => Promise<SessionView | null>): Promise<void> {
  const mine = generation;
  try {
    const view = await f();
    if (mine === generation && view) useStore.setState({ pySession: view });
  } catch (e) {
    if (mine !== generation) return;
    useStore.setState({ pyNotice: `The interpreter stopped: ${messageOf(e)}.` });
    const source = useStore.getState().pySource;
    if (source !== null) void openSession(source);
  }
}

export function stepThread(thread: number): Promise<void> {
  stopPlayback();
  return sessionAction(() => sessionCall((api) => api.step(thread)));
}

export function seekTo(position: number): Promise<void> {
  return sessionAction(() => sessionCall((api) => api.seek(position)));
}

export function undoStep(): Promise<void> {
  stopPlayback();
  const s = useStore.getState().pySession;
  return s && s.position > 0 ? seekTo(s.position - 1) : Promise.resolve();
}

export function redoStep(): Promise<void> {
  stopPlayback();
  const s = useStore.getState().pySession;
  return s && s.position < s.length ? seekTo(s.position + 1) : Promise.resolve();
}

/** Loads a witness at its start, ready to replay step by step. */
export function replayWitness(schedule: Schedule): Promise<void> {
  stopPlayback();
  return sessionAction(() => sessionCall((api) => api.load([...schedule], 0)));
}

let playTimer: ReturnType<typeof setTimeout> | undefined;

export function stopPlayback(): void {
  clearTimeout(playTimer);
  playTimer = undefined;
  const run = useStore.getState().pyRun;
  if (run?.status === 'playing') useStore.setState({ pyRun: { ...run, status: 'done' } });
}

function playNext(): void {
  const s = useStore.getState();
  const run = s.pyRun;
  const session = s.pySession;
  if (run?.status !== 'playing' || !session) return;
  if (session.position >= session.length || s.pySpeed <= 0) {
    void seekTo(session.length).then(stopPlayback);
    return;
  }
  // Up to 60 frames a second; faster speeds take several moves a frame.
  const perFrame = Math.max(1, Math.round(s.pySpeed / 60));
  const wait = Math.max(16, 1000 / s.pySpeed);
  void seekTo(session.position + perFrame).then(() => {
    if (useStore.getState().pyRun?.status === 'playing') playTimer = setTimeout(playNext, wait);
  });
}

/** The program on screen as "Your runs" names and reopens it. */
function ranProgram(source: string): RanProgram {
  const example = useStore.getState().pyExample;
  return { name: example ? exampleById(example).title : firstLine(source), source, example };
}

/** Reopens a run of "Your runs": its program and settings, as they ran. */
export function reopenRun(record: PythonRunRecord): void {
  stopPython();
  cancelSearch();
  useStore.setState({ python: record.params, pySearch: null, pyNotice: null });
  showProgram(record.example ? exampleById(record.example).source : record.source, record.example);
  // The learner's own text: packed again, in case the run began before its link was.
  if (!record.example) void packProgram(record.source);
}

/** One whole schedule chosen at random (seeded), then played back at the chosen speed. */
export async function runOnce(): Promise<void> {
  stopPlayback();
  const mine = generation;
  const source = useStore.getState().pySource;
  const p = params();
  useStore.setState({ pyRun: { status: 'running', summary: null, error: null } });
  try {
    const r = await sessionCall((api) => api.run(params().seed));
    if (mine !== generation) return;
    if (!r) {
      useStore.setState({ pyRun: null });
      return;
    }
    useStore.setState({ pySession: r.session, pyRun: { status: 'playing', summary: r.summary, error: null } });
    if (source !== null) useStore.getState().recordRun('python', pythonRunRecord(p, ranProgram(source), r.summary));
    playNext();
  } catch (e) {
    if (mine !== generation) return;
    resetSession();
    useStore.setState({ pyRun: { status: 'failed', summary: null, error: messageOf(e) } });
  }
}

export function setSpeed(movesPerSecond: number): void {
  useStore.setState({ pySpeed: movesPerSecond });
}

function cancelSearch(): void {
  search?.stop();
  search = null;
}

/** Explore all or Sample in the search worker, with progress; Stop keeps what was found. */
export async function startPySearch(kind: PySearchKind): Promise<void> {
  const source = useStore.getState().pySource;
  if (source === null) return;
  cancelSearch();
  const started = performance.now();
  const p = params();
  const program = ranProgram(source);
  // Filled in once the job says how many workers it runs on.
  const reduced = kind === 'explore' && p.reduce === 'on' && preemptionCap(p.preemptions) === null;
  const base = { kind, source, result: null, error: null, workers: 1, ...(kind === 'explore' ? { budget: EXPLORE_MAX_STATES, reduced } : {}) };
  useStore.setState({ pySearch: { ...base, status: 'running', progress: null, elapsedMs: 0 } });
  const job = startSearch(kind, source, machineSettings(p), { maxStates: EXPLORE_MAX_STATES, samples: p.samples, maxPreemptions: preemptionCap(p.preemptions), reduce: p.reduce === 'on', sampler: p.sampler, depth: p.depth }, (progress) => {
    if (search !== job) return;
    const now = useStore.getState().pySearch;
    useStore.setState({ pySearch: { ...base, status: now?.status === 'stopped' ? 'stopped' : 'running', progress, elapsedMs: performance.now() - started } });
  });
  search = job;
  base.workers = job.workers;
  try {
    const result = await job.done;
    if (search !== job) return;
    const stopped = useStore.getState().pySearch?.status === 'stopped';
    const progress = useStore.getState().pySearch?.progress ?? null;
    useStore.setState({
      pySearch: { ...base, status: stopped || !result ? 'stopped' : 'done', progress, result, elapsedMs: performance.now() - started },
    });
    useStore.getState().recordRun('python', pythonSearchRecord(p, program, kind, stopped, result, progress));
  } catch (e) {
    if (search !== job) return;
    useStore.setState({ pySearch: { ...base, status: 'failed', progress: null, error: messageOf(e), elapsedMs: performance.now() - started } });
  } finally {
    if (search === job) search = null;
  }
}

/** Stop: ends a search (keeping what it found) and Run's playback. */
export function stopPython(): void {
  stopPlayback();
  const s = useStore.getState().pySearch;
  if (search && s?.status === 'running') {
    useStore.setState({ pySearch: { ...s, status: 'stopped' } });
    search.stop();
  }
}

export function dismissPyNotice(): void {
  useStore.setState({ pyNotice: null });
}
