// Run slice: the one run in progress, whatever the lab: status (test contract), pause, errors, stalls.
import type { StateCreator } from 'zustand';
import type { Lab } from '../core/params/link.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import { messageOf } from '../engine/runStart.ts';
import type { RunStatus } from '../engine/runStatus.ts';
import type { LabRun } from './labRun.ts';
import { NO_PLATFORM, type Platform } from './platform.ts';
import type { AppState } from './store.ts';

export interface RunSlice {
  status: RunStatus;
  /** The lab whose run the status describes. */
  runLab: Lab | null;
  paused: boolean;
  error: string | null;
  stallMs: number;
  /** The machine, as the page reported it. */
  platform: Platform;
  /** Starts the open lab's run (the registry's `run` of that lab); nothing starts while one goes. */
  startRun: (run: LabRun) => Promise<void>;
  stopRun: () => Promise<void>;
  togglePause: () => void;
  stepRun: () => void;
  setStall: (ms: number) => void;
  setPlatform: (platform: Platform) => void;
}

/** The run in progress (or the last one): Stop, Pause and Step go to its engine, whichever lab is open now. */
let current: LabRun | null = null;

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  status: 'idle',
  runLab: null,
  paused: false,
  error: null,
  stallMs: 0,
  platform: NO_PLATFORM,
  startRun: async (run) => {
    if (get().status === 'running') return;
    current = run;
    set({ status: 'running', runLab: get().lab, paused: false, error: null, stallMs: 0 });
    let end: RunEnd;
    try {
      end = await run.start(get());
    } catch (e) {
      end = { status: 'failed', error: messageOf(e) };
    }
    set({ status: end.status, paused: false, error: end.error ?? null, stallMs: 0 });
  },
  stopRun: async () => {
    await current?.engine.stop();
  },
  togglePause: () => {
    const engine = current?.engine.loaded;
    if (!engine?.running) return;
    if (engine.paused) engine.resume();
    else engine.pause();
    set({ paused: engine.paused });
  },
  stepRun: () => {
    current?.engine.loaded?.step();
  },
  setStall: (stallMs) => set({ stallMs }),
  setPlatform: (platform) => set({ platform }),
});
