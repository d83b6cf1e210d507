// The one factory every lab's run slice comes from: it waits for the lab's engine (a Stop while it
// loads ends the run), keeps the settings the run used under `<lab>RunParams`, resets the lab's own
// fields as a run starts, stores what the run finds and puts it in "Your runs". A lab supplies only
// what differs: its fields, how its engine runs, and what the run leaves.
import type { StateCreator } from 'zustand';
import type { LabParams } from '../core/params/link.ts';
import type { LabEngine, RunEnd } from '../engine/labEngine.ts';
import type { EngineLoader } from './engineLoader.ts';
import type { HistoryLab, RunRecords } from './historySlice.ts';
import type { LabRun } from './labRun.ts';
import type { AppState } from './store.ts';

/** The store field that holds the settings of a lab's current or last run (the form may have changed since). */
export type RunParamsKey<L extends HistoryLab> = `${L}RunParams`;
/** The store action that runs a lab's open settings to the end. */
export type RunActionKey<L extends HistoryLab> = `run${Capitalize<L>}`;

/** What a lab's run slice holds: the settings its run used, its own fields and actions, and its run action. */
export type LabRunSlice<L extends HistoryLab, F extends object, A extends object = object> = Record<RunParamsKey<L>, LabParams<L> | null> &
  Record<RunActionKey<L>, () => Promise<RunEnd>> &
  F &
  A;

/** What a run leaves: how it ended, the settings as they ran, its last fields and its record for "Your runs". */
export interface LabRunEnd<L extends HistoryLab, F> extends RunEnd {
  /** The settings as they ran (the engine the run really used), where they differ from those it started with. */
  readonly ran?: LabParams<L>;
  readonly fields?: Partial<F>;
  /** Null for a run that left nothing to compare. */
  readonly record: RunRecords[L] | null;
}

/** The store as a lab's run sees it while it goes. */
export interface RunContext<F> {
  readonly get: () => AppState;
  /** Stores progress in the lab's own fields (from their latest values). */
  readonly update: (next: (fields: F) => Partial<F>) => void;
}

type SetState = Parameters<StateCreator<AppState>>[0];

export interface LabRunSpec<L extends HistoryLab, E extends LabEngine, F extends object, A extends object> {
  readonly lab: L;
  readonly engine: EngineLoader<E>;
  /** The lab's own fields before any run; each run starts from them again. */
  readonly fresh: F;
  /** The settings the engine will run (default: the open ones). */
  prepare?(engine: E, open: LabParams<L>, s: AppState): LabParams<L>;
  /** Runs the settings on the loaded engine. */
  go(engine: E, params: LabParams<L>, at: RunContext<F>): Promise<LabRunEnd<L, F>>;
  /** Actions of the lab's own (the pace of slow motion). */
  actions?(set: SetState, get: () => AppState): A;
  readonly problem: LabRun['problem'];
  readonly estimate?: LabRun['estimate'];
  readonly stepping?: LabRun['stepping'];
}

export interface MadeLabRun<L extends HistoryLab, F extends object, A extends object> {
  readonly slice: StateCreator<AppState, [], [], LabRunSlice<L, F, A>>;
  /** What the registry hands the shared controls. */
  readonly run: LabRun;
}

export function runParamsKey<L extends HistoryLab>(lab: L): RunParamsKey<L> {
  return `${lab}RunParams`;
}

export function runActionKey<L extends HistoryLab>(lab: L): RunActionKey<L> {
  return `run${lab.charAt(0).toUpperCase()}${lab.slice(1)}` as RunActionKey<L>;
}

export function makeLabRun<L extends HistoryLab, E extends LabEngine, F extends object, A extends object = object>(spec: LabRunSpec<L, E, F, A>): MadeLabRun<L, F, A> {
  const paramsKey = runParamsKey(spec.lab);
  const actionKey = runActionKey(spec.lab);
  const slice: StateCreator<AppState, [], [], LabRunSlice<L, F, A>> = (set, get) => {
    // The lab's part of the store, read and written through its own keys (the store is every lab's slices together).
    const fields = (): F => get() as unknown as F;
    const put = (patch: object): void => set(patch as Partial<AppState>);
    const runAction = async (): Promise<RunEnd> => {
      // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
      const engine = spec.engine.loaded ?? (await spec.engine.forRun());
      if (!engine) return { status: 'stopped' };
      const open = get()[spec.lab] as LabParams<L>;
      const params = spec.prepare ? spec.prepare(engine, open, get()) : open;
      put({ [paramsKey]: params, ...spec.fresh });
      const end = await spec.go(engine, params, { get, update: (next) => put(next(fields())) });
      put({ [paramsKey]: end.ran ?? params, ...end.fields });
      get().recordRun(spec.lab, end.record);
      return end.error === undefined ? { status: end.status } : { status: end.status, error: end.error };
    };
    return { [paramsKey]: null, [actionKey]: runAction, ...spec.fresh, ...spec.actions?.(set, get) } as LabRunSlice<L, F, A>;
  };
  const run: LabRun = {
    start: (s) => (s as unknown as Record<RunActionKey<L>, () => Promise<RunEnd>>)[actionKey](),
    engine: spec.engine,
    problem: spec.problem,
    ...(spec.estimate && { estimate: spec.estimate }),
    ...(spec.stepping && { stepping: spec.stepping }),
  };
  return { slice, run };
}
