// Starts module workers; the literal `new URL(...)` lets Vite find and bundle each entry.

export function spawnCounterWorker(name: string): Worker {
  return new Worker(new URL('./counter.worker.ts', import.meta.url), { type: 'module', name });
}

export function spawnQueueWorker(name: string): Worker {
  return new Worker(new URL('./queue.worker.ts', import.meta.url), { type: 'module', name });
}

export function spawnLitmusWorker(name: string): Worker {
  return new Worker(new URL('./litmus.worker.ts', import.meta.url), { type: 'module', name });
}

export function spawnExploreWorker(name: string): Worker {
  return new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module', name });
}

export function spawnScalingWorker(name: string): Worker {
  return new Worker(new URL('./scaling.worker.ts', import.meta.url), { type: 'module', name });
}
