// Test helper: a Node worker thread dressed as a browser Worker, so that engines and their pools run unchanged in Vitest.
import { Worker as NodeWorker } from 'node:worker_threads';
import { bundleEntry } from './threadPool.ts';
import type { ThreadMode } from './nodeEndpoint.ts';

type Listener = (event: unknown) => void;

/** The part of the Worker interface that Comlink and WorkerPool use: messages, errors, terminate. */
class NodeWebWorker {
  private readonly thread: NodeWorker;
  private readonly listeners = new Map<Listener, (data: unknown) => void>();

  constructor(file: string, mode: ThreadMode) {
    this.thread = new NodeWorker(file, { workerData: { mode } });
  }

  postMessage(message: unknown, transfer: readonly Transferable[] = []): void {
    this.thread.postMessage(message, transfer as never);
  }

  addEventListener(type: string, listener: Listener): void {
    if (type === 'message') {
      const l = (data: unknown): void => listener({ data });
      this.listeners.set(listener, l);
      this.thread.on('message', l);
    } else if (type === 'error') {
      this.thread.on('error', (e: Error) => listener({ message: e.message, preventDefault: () => undefined }));
    } else if (type === 'messageerror') {
      this.thread.on('messageerror', () => listener({}));
    }
  }

  removeEventListener(type: string, listener: Listener): void {
    const l = this.listeners.get(listener);
    if (type !== 'message' || !l) return;
    this.thread.off('message', l);
    this.listeners.delete(listener);
  }

  start(): void {
    // Node delivers messages as soon as a listener is attached.
  }

  terminate(): void {
    void this.thread.terminate();
  }
}

export interface ThreadSpawner {
  readonly spawn: (name: string) => Worker;
  /** Threads started and not terminated. */
  readonly alive: () => number;
}

/**
 * Spawns workers of a src/testing entry on Node threads; `mode()` is read at each spawn, so a test
 * can break or heal the next ones.
 */
export async function threadSpawner(entry: string, mode: () => ThreadMode = () => 'real'): Promise<ThreadSpawner> {
  const file = await bundleEntry(entry);
  const live = new Set<NodeWebWorker>();
  const spawn = (): Worker => {
    const w = new NodeWebWorker(file, mode());
    live.add(w);
    const terminate = w.terminate.bind(w);
    w.terminate = () => {
      live.delete(w);
      terminate();
    };
    return w as unknown as Worker;
  };
  return { spawn, alive: () => live.size };
}

/** Queue workers on Node threads (see threadSpawner). */
export function queueThreadSpawner(mode: () => ThreadMode): Promise<ThreadSpawner> {
  return threadSpawner('queueApiThread.ts', mode);
}
