// Node worker_threads entry for engine tests: the browser's queue worker API over Comlink, or a broken stand-in.
import { expose, type Endpoint } from 'comlink';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { queueApi } from '../workers/queueApi.ts';

/** `real`: the worker the browser runs. `hang`: takes a job and never answers. `crash`: dies on a job. */
export type QueueThreadMode = 'real' | 'hang' | 'crash';

const port = parentPort;
if (!port) throw new Error('queueApiThread must run in a worker thread');
const mode = (workerData as { mode?: QueueThreadMode } | undefined)?.mode ?? 'real';

/** Comlink speaks to a browser-style endpoint: Node's port emits bare data, not events. */
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

const never = (): Promise<never> => new Promise<never>(() => undefined);
const crash = (): Promise<never> => {
  setTimeout(() => {
    throw new Error('queue worker crashed on purpose');
  }, 20);
  return never();
};
const broken = mode === 'hang' ? never : crash;

expose(
  mode === 'real'
    ? queueApi
    : { ping: (): 'pong' => 'pong', runProducer: broken, runConsumer: broken, runMessageProducer: broken, runMessageConsumer: broken },
  endpointOf(port),
);
