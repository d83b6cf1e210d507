// The Explorer's actions on the store: open a scenario or a captured race, step, undo, redo,
// replay a schedule, explore every interleaving. Kept out of the slice so that the Explorer's
// model loads with the lab (or with Explain), not with the page.
import { canPush, canRedo, canUndo, historyFrom, pushStep, redo, rewind, startHistory, undo } from '../core/explore/history.ts';
import type { CapturedRace } from '../core/explore/replay.ts';
import { buildScenario } from '../core/explore/scenarios.ts';
import { defaultExplore, patchExplore, sameExplore, type ExploreParams } from '../core/params/exploreParams.ts';
import { startExploration, type ExploreJob } from '../engine/exploreRunner.ts';
import type { Program } from '../core/explore/program.ts';
import { explorerOwner, type ExplorerSession } from './exploreSlice.ts';
import { useStore } from './store.ts';
import { messageOf } from '../engine/runStart.ts';

let nextSessionId = 1;
let job: ExploreJob | null = null;

function cancelJob(): void {
  job?.cancel();
  job = null;
}

function scenarioSession(params: ExploreParams): ExplorerSession {
  const program = buildScenario(params.scenario, params);
  return { id: nextSessionId++, params, program, captured: null, history: startHistory(program) };
}

/** The session for the current settings, built when they changed (or when there is none yet). */
export function ensureExplorer(): ExplorerSession {
  const s = useStore.getState();
  if (s.explorer && sameExplore(s.explorer.params, s.explore)) return s.explorer;
  cancelJob();
  const session = scenarioSession(s.explore);
  useStore.setState({ explorer: session, exploration: null, playing: false });
  return session;
}

/** Leaves a captured race for the scenario the settings name. */
export function backToScenario(): void {
  cancelJob();
  useStore.setState((s) => ({ explorer: scenarioSession(s.explore), exploration: null, playing: false }));
}

function updateHistory(change: (h: ExplorerSession['history']) => ExplorerSession['history'], playing = false): void {
  const session = ensureExplorer();
  const history = change(session.history);
  if (history === session.history && useStore.getState().playing === playing) return;
  useStore.setState({ explorer: { ...session, history }, playing });
}

/** Steps thread `t`; ignored when it cannot step (a key pressed for a blocked or finished thread). */
export function stepThread(t: number): void {
  updateHistory((h) => (t >= 0 && t < h.program.threads.length && canPush(h, t) ? pushStep(h, t) : h));
}

export function undoStep(): void {
  updateHistory((h) => (canUndo(h) ? undo(h) : h));
}

export function redoStep(): void {
  updateHistory((h) => (canRedo(h) ? redo(h) : h));
}

/** Back to the start, keeping the steps taken for redo. */
export function resetSteps(): void {
  updateHistory((h) => rewind(h));
}

/** Loads a schedule (an outcome's witness) at its start and plays it. */
export function replaySchedule(schedule: readonly number[]): void {
  updateHistory((h) => historyFrom(h.program, schedule, 0), schedule.length > 0);
}

export function setPlaying(playing: boolean): void {
  const s = useStore.getState();
  const h = s.explorer?.history;
  useStore.setState({ playing: playing && h !== undefined && canRedo(h) });
}

/** One step of playback: the next step of the loaded schedule; stops at its end. */
export function playStep(): void {
  const h = useStore.getState().explorer?.history;
  if (!h || !canRedo(h)) {
    useStore.setState({ playing: false });
    return;
  }
  updateHistory(redo, canRedo(redo(h)));
}

/**
 * Explores every interleaving of `program`, in slices, with progress, as the one exploration of the
 * page: starting one cancels the one before, whoever owned it.
 */
export async function exploreProgram(owner: string, program: Program): Promise<void> {
  cancelJob();
  const started = performance.now();
  const base = { owner, result: null, error: null };
  useStore.setState({ exploration: { ...base, status: 'running', progress: null, elapsedMs: 0 } });
  const mine = startExploration(program, (progress) => {
    if (job !== mine) return;
    useStore.setState({ exploration: { ...base, status: 'running', progress, elapsedMs: performance.now() - started } });
  });
  job = mine;
  try {
    const result = await mine.done;
    if (job !== mine) return;
    const elapsedMs = performance.now() - started;
    useStore.setState({ exploration: { ...base, status: result ? 'done' : 'cancelled', progress: null, result, elapsedMs } });
  } catch (e) {
    if (job !== mine) return;
    const error = messageOf(e);
    useStore.setState({ exploration: { ...base, status: 'failed', progress: null, error, elapsedMs: performance.now() - started } });
  } finally {
    if (job === mine) job = null;
  }
}

/** Explores every interleaving of the program on screen. */
export function exploreEverything(): Promise<void> {
  const session = ensureExplorer();
  return exploreProgram(explorerOwner(session), session.program);
}

export function cancelExploration(): void {
  if (!job) return;
  job.cancel();
}

/**
 * Opens the Explorer on a race captured from a real run, at its start, playing. The settings
 * name the nearest scenario (the lost update with as many threads), which is what the link reopens.
 */
export function openCapturedRace(race: CapturedRace): void {
  cancelJob();
  const incs = Math.max(1, ...race.program.threads.map((t) => t.steps.filter((s) => s.op === 'load').length));
  const params = patchExplore(defaultExplore('lost-update'), { threads: race.program.threads.length, incs });
  const session: ExplorerSession = {
    id: nextSessionId++,
    params,
    program: race.program,
    captured: race,
    history: historyFrom(race.program, race.schedule, 0),
  };
  useStore.setState({ lab: 'explore', explore: params, notices: [], explorer: session, exploration: null, playing: true });
}
