// The two engines the Counter, Queue and Scaling labs run on: the same kernels in JavaScript or in WebAssembly.

export const ENGINES = ['js', 'wasm'] as const;
export type EngineKind = (typeof ENGINES)[number];

export const ENGINE_LABELS: Record<EngineKind, string> = {
  js: 'JavaScript',
  wasm: 'WebAssembly',
};

/** A sweep may also run every series on both engines, to draw them on one chart. */
export const SWEEP_ENGINES = [...ENGINES, 'both'] as const;
export type SweepEngine = (typeof SWEEP_ENGINES)[number];

export const SWEEP_ENGINE_LABELS: Record<SweepEngine, string> = { ...ENGINE_LABELS, both: 'Both' };

/** The engines a sweep with this setting runs, JavaScript first. */
export function enginesOf(choice: SweepEngine): readonly EngineKind[] {
  return choice === 'both' ? ENGINES : [choice];
}
