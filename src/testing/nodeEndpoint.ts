// Test helper for Node worker_threads entries: Comlink speaks to a browser-style endpoint, and Node's
// port emits bare data, not events; also the thread's mode, which tests use to break workers on purpose.
import type { Endpoint } from 'comlink';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';

/** `real`: the worker the browser runs. `hang`: takes a job and never answers. `crash`: dies on a job. */
export type ThreadMode = 'real' | 'hang' | 'crash';

function endpointOf(p: MessagePort): Endpoint {
  const wrapped = new Map<unknown, (data: unknown) => void>();
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => p.postMessage(message, (transfer ?? []) as never),
    addEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => {
      const l = (data: unknown): void => {
        const event = { data } as MessageEvent;
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      };
      wrapped.set(listener, l);
      p.on('message', l);
    },
    removeEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => {
      const l = wrapped.get(listener);
      if (l) p.off('message', l);
      wrapped.delete(listener);
    },
  };
}

/** This thread's port to its parent as a Comlink endpoint, and the mode the parent started it in. */
export function threadEndpoint(): { endpoint: Endpoint; mode: ThreadMode } {
  const port = parentPort;
  if (!port) throw new Error('this entry must run in a worker thread');
  const mode = (workerData as { mode?: ThreadMode } | undefined)?.mode ?? 'real';
  return { endpoint: endpointOf(port), mode };
}

/** What a broken job does: never answer, or crash the thread a moment after it is called. */
export function brokenJob(mode: Exclude<ThreadMode, 'real'>, what: string): () => Promise<never> {
  const never = (): Promise<never> => new Promise<never>(() => undefined);
  if (mode === 'hang') return never;
  return () => {
    setTimeout(() => {
      throw new Error(`${what} crashed on purpose`);
    }, 20);
    return never();
  };
}
