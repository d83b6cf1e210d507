// Why real threads can or cannot run on this page, in words a learner can act on.

export type IsolationProblem = 'no-shared-memory' | 'not-isolated' | 'no-workers' | null;

export function isolationProblem(): IsolationProblem {
  if (typeof Worker !== 'function') return 'no-workers';
  if (!globalThis.crossOriginIsolated) return 'not-isolated';
  if (typeof SharedArrayBuffer !== 'function') return 'no-shared-memory';
  return null;
}
