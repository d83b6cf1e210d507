// Run slice: the one run in progress, whatever the lab: status (test contract), pause, errors, stalls.
import type { StateCreator } from 'zustand';
import type { Lab } from '../core/params/link.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { RunStatus } from '../engine/runStatus.ts';
import { engineOf, stopEngine } from './engines.ts';
import type { LabRun } from './labRun.ts';
import type { AppState } from './store.ts';

export interface RunSlice {
  status: RunStatus;
  /** The lab whose run the status describes. */
  runLab: Lab | null;
  paused: boolean;
  error: string | null;
  stallMs: number;
  /** Starts the open lab's run (the registry's `run` of that lab); nothing starts while one goes. */
  startRun: (run: LabRun) => Promise<void>;
  stopRun: () => Promise<void>;
  togglePause: () => void;
  stepRun: () => void;
  setStall: (ms: number) => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  status: 'idle',
  runLab: null,
  paused: false,
  error: null,
  stallMs: 0,
  startRun: async (run) => {
    if (get().status === 'running') return;
    set({ status: 'running', runLab: get().lab, paused: false, error: null, stallMs: 0 });
    let end: RunEnd;
    try {
      end = await run.start(get());
    } catch (e) {
      end = { status: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    set({ status: end.status, paused: false, error: end.error ?? null, stallMs: 0 });
  },
  stopRun: async () => {
    const lab = get().runLab;
    if (lab) await stopEngine(lab);
  },
  togglePause: () => {
    const lab = get().runLab;
    const engine = lab ? engineOf(lab) : null;
    if (!engine?.running) return;
    if (engine.paused) engine.resume();
    else engine.pause();
    set({ paused: engine.paused });
  },
  stepRun: () => {
    const lab = get().runLab;
    if (lab) engineOf(lab)?.step();
  },
  setStall: (stallMs) => set({ stallMs }),
});
