// Guards Comlink calls: a call to a worker that failed to load or crashed rejects instead of hanging.

export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

export class CallTimeout extends Error {
  override readonly name = 'CallTimeout';
}

/**
 * A promise that rejects when the worker reports an error event (failed to load — for example
 * a response without the isolation headers — or threw outside a Comlink call) or can no longer
 * deserialize our messages. It never resolves.
 */
export function workerFailure(worker: Worker): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      reject(new WorkerFailure(e.message ? `A worker failed: ${e.message}` : 'A worker failed to load or crashed.'));
    });
    worker.addEventListener('messageerror', () => {
      reject(new WorkerFailure('A worker could not read a message.'));
    });
  });
  // Nobody may be listening when it fails; the rejection is still observed by every race below.
  failed.catch(() => undefined);
  return failed;
}

/** Races a call against the worker's failure and, when given, a time limit. */
export function guarded<T>(call: Promise<T>, failure: Promise<never>, timeoutMs?: number, what = 'worker call'): Promise<T> {
  const racers: Promise<T>[] = [call, failure];
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined) {
    racers.push(
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CallTimeout(`${what} got no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    );
  }
  return Promise.race(racers).finally(() => clearTimeout(timer));
}
