// Starts a Python lab worker; the literal `new URL(...)` lets Vite find and bundle the entry.

export function spawnPythonWorker(name: string): Worker {
  return new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name });
}
