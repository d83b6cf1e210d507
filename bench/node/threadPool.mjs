// Long-lived Node worker_threads for the bench: created once, reused by every measurement.
import { Worker } from 'node:worker_threads';

export class ThreadPool {
  #workers;

  constructor(file, size) {
    this.#workers = Array.from({ length: size }, () => new Worker(file));
  }

  /** Sends one request to each of the first `requests.length` threads; resolves to every reply. */
  all(requests) {
    return Promise.all(requests.map((req, i) => this.call(i, req)));
  }

  /** Sends one request to thread i, moving the objects in `transfer` (ports) with it. */
  call(i, req, transfer = []) {
    const worker = this.#workers[i];
    if (!worker) return Promise.reject(new RangeError(`no thread ${i}`));
    return new Promise((resolveReply, reject) => {
      const onError = (e) => {
        worker.off('message', onMessage);
        reject(e);
      };
      const onMessage = (res) => {
        worker.off('error', onError);
        resolveReply(res);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(req, transfer);
    });
  }

  close() {
    return Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
