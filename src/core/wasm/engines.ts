// The two engines the Counter, Queue and Scaling labs run on: the same kernels in JavaScript or in WebAssembly.

export const ENGINES = ['js', 'wasm'] as const;
export type EngineKind = (typeof ENGINES)[number];

export const ENGINE_LABELS: Record<EngineKind, string> = {
  js: 'JavaScript',
  wasm: 'WebAssembly',
};
