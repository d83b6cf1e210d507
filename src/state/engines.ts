// The engines the store drives: each one's code loads with its lab (not with the first page), and
// each is created once, on first use; Stop pressed while an engine is still loading is remembered.
import type { CounterEngine } from '../engine/counterEngine.ts';
import type { LabEngine } from '../engine/labEngine.ts';
import type { LitmusEngine } from '../engine/litmusEngine.ts';
import type { QueueEngine } from '../engine/queueEngine.ts';
import type { ScalingEngine } from '../engine/scalingEngine.ts';
import type { Lab } from '../core/params/link.ts';

export interface Engines {
  counter: CounterEngine;
  queue: QueueEngine;
  litmus: LitmusEngine;
  scaling: ScalingEngine;
}

export type EngineLab = keyof Engines;

const LOADERS: { readonly [L in EngineLab]: () => Promise<Engines[L]> } = {
  counter: async () => new (await import('../engine/counterEngine.ts')).CounterEngine(),
  queue: async () => new (await import('../engine/queueEngine.ts')).QueueEngine(),
  litmus: async () => new (await import('../engine/litmusEngine.ts')).LitmusEngine(),
  scaling: async () => new (await import('../engine/scalingEngine.ts')).ScalingEngine(),
};

const made: Partial<Engines> = {};
const loading = new Map<EngineLab, Promise<LabEngine>>();
let stopWhileLoading = false;

export function hasEngine(lab: Lab): lab is EngineLab {
  return lab in LOADERS;
}

/** The lab's engine, loading its code the first time; a failed load is forgotten, so the next try fetches again. */
export function loadEngine<L extends EngineLab>(lab: L): Promise<Engines[L]> {
  const have = made[lab];
  if (have) return Promise.resolve(have);
  let pending = loading.get(lab) as Promise<Engines[L]> | undefined;
  if (!pending) {
    pending = LOADERS[lab]().then(
      (engine) => {
        made[lab] = engine;
        return engine;
      },
      (e: unknown) => {
        loading.delete(lab);
        throw e;
      },
    );
    loading.set(lab, pending);
  }
  return pending;
}

/** The lab's engine if it exists already (no waiting: a run that reuses its pool starts at once). */
export function loadedEngine<L extends EngineLab>(lab: L): Engines[L] | null {
  return made[lab] ?? null;
}

/** True once, if Stop was pressed while an engine loaded. */
function takeStop(): boolean {
  const stop = stopWhileLoading;
  stopWhileLoading = false;
  return stop;
}

/**
 * The engine for a run that is starting: once loaded; null when Stop was pressed while it loaded
 * (the run then ends as stopped before it began).
 */
export async function engineForRun<L extends EngineLab>(lab: L): Promise<Engines[L] | null> {
  stopWhileLoading = false;
  const engine = await loadEngine(lab);
  return takeStop() ? null : engine;
}

/** The engine of a lab, if that lab has run or opened in this visit. */
export function engineOf(lab: Lab): LabEngine | null {
  return hasEngine(lab) ? (made[lab] ?? null) : null;
}

/** Stops the lab's run; while its engine is still loading, the run is stopped as soon as it has loaded. */
export async function stopEngine(lab: Lab): Promise<void> {
  const engine = engineOf(lab);
  if (engine) await engine.stop();
  else stopWhileLoading = true;
}
