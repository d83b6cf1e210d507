// The Explorer's actions on the store: open a scenario or a captured race, step, undo, redo,
// replay a schedule, explore every interleaving. Kept out of the slice so that the Explorer's
// model loads with the lab (or with Explain), not with the page.
import { canPush, canRedo, canUndo, currentState, historyFrom, historyUpTo, pushStep, redo, rewind, undo, type StepLog } from '../core/explore/history.ts';
import { threadStatus } from '../core/explore/status.ts';
import type { CapturedRace } from '../core/explore/replay.ts';
import { buildScenario } from '../core/explore/scenarios.ts';
import { defaultExplore, patchExplore, sameExplore, sameSteps, type ExploreParams } from '../core/params/exploreParams.ts';
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

/** The session shows what the settings name: their program at their steps (a captured race's steps are its own, and no link names them). */
export function showsSettings(session: ExplorerSession, params: ExploreParams): boolean {
  const steps = session.captured ? { steps: [], at: 0 } : { steps: session.history.schedule, at: session.history.at };
  return sameExplore(session.params, params) && sameSteps(steps, params);
}

/** Why a link's step could not be replayed, for the notice. */
function stoppedNotice(h: StepLog, t: number, stopped: number): string {
  const name = h.program.threads[t]?.name ?? `Thread ${t + 1}`;
  const end = h.states[h.schedule.length] ?? currentState(h);
  const why = t < h.program.threads.length ? threadStatus(end, t).why : 'not in this program';
  const kept = stopped === 0 ? 'no step is replayed' : `the first ${stopped === 1 ? 'step is' : `${stopped} steps are`} replayed`;
  return `Steps: step ${stopped + 1} is ${name}'s, which cannot run there (${why}), so ${kept}.`;
}

/**
 * The session for the current settings: built when the program changed (or when there is none yet),
 * and moved to the settings' steps when only they changed (a link, Back). Steps a link names that
 * cannot run are left out, with a notice.
 */
export function ensureExplorer(): ExplorerSession {
  const s = useStore.getState();
  const old = s.explorer;
  if (old && showsSettings(old, s.explore)) return old;
  const same = old !== null && old.captured === null && sameExplore(old.params, s.explore);
  if (!same) cancelJob();
  const program = same ? old.program : buildScenario(s.explore.scenario, s.explore);
  const { history, stopped } = historyUpTo(program, s.explore.steps, s.explore.at);
  const session: ExplorerSession = same ? { ...old, history } : { id: nextSessionId++, params: s.explore, program, captured: null, history };
  const fix =
    stopped === null
      ? {}
      : {
          explore: { ...s.explore, steps: history.schedule, at: history.at },
          notices: [...s.notices, stoppedNotice(history, s.explore.steps[stopped] ?? 0, stopped)],
        };
  useStore.setState({ explorer: session, playing: false, ...(same ? {} : { exploration: null }), ...fix });
  return session;
}

/** Leaves a captured race for the scenario the settings name. */
export function backToScenario(): void {
  cancelJob();
  useStore.setState({ explorer: null, exploration: null, playing: false });
  ensureExplorer();
}

/** A change of the steps, written to the settings too, so the link replays them (a captured race's are not a scenario's). */
function updateHistory(change: (h: StepLog) => StepLog, playing = false): void {
  const session = ensureExplorer();
  const history = change(session.history);
  if (history === session.history && useStore.getState().playing === playing) return;
  useStore.setState((s) => ({
    explorer: { ...session, history },
    playing,
    ...(session.captured ? {} : { explore: { ...s.explore, steps: history.schedule, at: history.at } }),
  }));
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
