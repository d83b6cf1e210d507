// The Python lab's worker API, exposed over Comlink: compile a program for the editor, step it
// (a session with undo, redo and replays), run one seeded schedule, explore every schedule or
// sample many. The interpreter runs only here, never on the page's thread. One worker serves
// the session, another the searches, so Step stays live while Explore all works.
import type { MachineSettings, SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import { transfer } from 'comlink';
import type { PythonApi, SessionView } from './pythonApiTypes.ts';
import { packResult, type WireResult } from './pythonWire.ts';
import { ENGINE, explorePartProgram, exploreProgram, joinReducedProgram, machineStepper, reducedPartProgram, sampleProgram, viewOf, type PyMachine } from './pythonMachine.ts';
import { joinExplore, type ExplorePart, type ReducedExplorePart } from '../core/python/runtime/splitExplore.ts';
import { compileProgram, type Compiled } from './pythonProgram.ts';
import { Session } from './pythonSession.ts';
import { boundProgress, boundResult } from '../core/python/runtime/merge.ts';
import { createControl, requestStop, stopRequested } from '../core/python/runtime/searchControl.ts';

const PROGRESS_EVERY_MS = 100;

type Ok = Extract<Compiled, { ok: true }>;

let session: { compiled: Ok; settings: MachineSettings; s: Session<PyMachine> } | null = null;
let stopped = false;
/** The running search's control words: Stop by message raises their flag too. */
let running: Int32Array | undefined;

function sessionView(): SessionView | null {
  if (!session) return null;
  return { view: { ...viewOf(session.s.current), schedule: [] }, position: session.s.position, length: session.s.length };
}

/** Whether Stop was asked: by message, or on the shared stop flag. */
function stopAsked(control: Int32Array | undefined): boolean {
  return stopped || (control !== undefined && stopRequested(control));
}

/** Lets the worker's queue run (a stop() call) between slices of a search. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Runs a search to its end, reporting bounded progress every PROGRESS_EVERY_MS and answering Stop between slices. */
async function finish<R>(search: Generator<SearchProgress, R, boolean | undefined>, onProgress: (p: SearchProgress) => void, control?: Int32Array): Promise<R> {
  stopped = false;
  running = control;
  let last = performance.now();
  let r = search.next();
  while (!r.done) {
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      // Counts only, and a bounded list of them: witnesses come with the result.
      onProgress(boundProgress(r.value));
      await tick();
    }
    // A stopping search is told so and answers with what it has (incomplete).
    r = search.next(stopAsked(control));
  }
  running = undefined;
  return r.value;
}

async function drive(search: Generator<SearchProgress, SearchResult, boolean | undefined>, onProgress: (p: SearchProgress) => void, control?: Int32Array): Promise<WireResult> {
  const { result, buffers } = packResult(boundResult(await finish(search, onProgress, control)));
  return transfer(result, buffers);
}

/** A part's arrays, moved to the page rather than copied. */
function partBuffers(p: ExplorePart | ReducedExplorePart): ArrayBuffer[] {
  const arrays = isReduced(p) ? [p.hashes, p.movableFirst, p.movableBy, p.firstEdge, p.edgeBy, p.edgeTo] : [p.hashes, p.expanded, p.firstEdge, p.edgeBy, p.edgeTo];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

function isReduced(p: ExplorePart | ReducedExplorePart): p is ReducedExplorePart {
  return 'reduced' in p;
}

export const pythonApi: PythonApi = {
  ping: () => 'pong',
  check(source) {
    const c = compileProgram(source);
    return c.ok ? { errors: [], listing: c.listing } : { errors: c.errors, listing: [] };
  },
  open(source, settings) {
    const c = compileProgram(source);
    if (!c.ok) {
      session = null;
      return { ok: false, errors: c.errors };
    }
    session = { compiled: c, settings, s: new Session(machineStepper(c.code, settings)) };
    return { ok: true, session: sessionView()! };
  },
  step(thread) {
    session?.s.step(thread);
    return sessionView();
  },
  seek(position) {
    session?.s.seek(position);
    return sessionView();
  },
  load(schedule, position) {
    session?.s.load(schedule, position);
    return sessionView();
  },
  run(seed) {
    if (!session) return null;
    const { compiled, settings } = session;
    const result = machineStepper(compiled.code, { ...settings, seed }).run(seed);
    session.s.load(result.schedule, 0);
    const summary = { outcome: result.outcome, steps: result.steps, moves: result.schedule.length, stderr: result.stderr };
    return { summary, session: sessionView()! };
  },
  async explore(source, settings, options, onProgress) {
    const c = compileProgram(source);
    return c.ok ? drive(exploreProgram(c.code, settings, options.maxStates, options.maxPreemptions ?? null, options.reduce ?? false), onProgress, options.share?.control) : null;
  },
  async explorePart(source, settings, options, onProgress) {
    const c = compileProgram(source);
    const share = options.share;
    if (!c.ok || share === undefined) return null;
    const reduced = options.reduce === true && (options.maxPreemptions ?? null) === null;
    if (!reduced && share.table === undefined) return null;
    const run = reduced ? reducedPartProgram(c.code, settings, options.maxStates, share) : explorePartProgram(c.code, settings, options.maxStates, options.maxPreemptions ?? null, share);
    const part = await finish<ExplorePart | ReducedExplorePart>(run, onProgress, share.control);
    return transfer(part, partBuffers(part));
  },
  async exploreJoin(source, settings, parts, maxStates, control, onProgress) {
    const c = compileProgram(source);
    if (!c.ok) return null;
    const reduced = parts.filter(isReduced);
    if (reduced.length > 0) return drive(joinReducedProgram(c.code, settings, reduced, maxStates), onProgress, control);
    const { result, buffers } = packResult(boundResult(joinExplore(c.code, settings, ENGINE, parts.filter((p): p is ExplorePart => !isReduced(p)))));
    return transfer(result, buffers);
  },
  async sample(source, settings, options, onProgress) {
    const c = compileProgram(source);
    if (!c.ok) return null;
    const share = options.share ?? { control: createControl(false), worker: 0, workers: 1 };
    return drive(sampleProgram(c.code, settings, options.samples, options.sampler, options.depth, share), onProgress, share.control);
  },
  stop() {
    stopped = true;
    if (running) requestStop(running);
  },
};
