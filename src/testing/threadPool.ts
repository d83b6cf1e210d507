// Test and benchmark helper: bundles a TypeScript worker entry once and runs it on real threads.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../node_modules/.cache/racelab-threads');
const built = new Map<string, Promise<string>>();

/** Bundles `entry` (relative to src/testing) to plain JavaScript that Node 20 can start. */
export function bundleEntry(entry: string): Promise<string> {
  let out = built.get(entry);
  if (!out) {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, entry.replace(/\.ts$/, '.mjs'));
    out = build({
      entryPoints: [resolve(here, entry)],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      write: false,
    }).then((result) => {
      // Written aside, then renamed into place: test files run in parallel processes that may build
      // the same entry, and a Worker must never start from a half-written bundle.
      const bundle = result.outputFiles[0];
      if (!bundle) throw new Error(`esbuild produced no output for ${entry}`);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, bundle.contents);
      renameSync(tmp, file);
      return file;
    });
    built.set(entry, out);
  }
  return out;
}

/** A fixed set of worker threads answering one request with one reply, in order. */
export class ThreadPool<Req, Res> {
  private readonly workers: Worker[];

  private constructor(workers: Worker[]) {
    this.workers = workers;
  }

  static async start<Req, Res>(entry: string, size: number): Promise<ThreadPool<Req, Res>> {
    const file = await bundleEntry(entry);
    return new ThreadPool<Req, Res>(Array.from({ length: size }, () => new Worker(file)));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends one request to each of the first `requests.length` threads and waits for every reply. */
  all(requests: readonly Req[]): Promise<Res[]> {
    return Promise.all(requests.map((req, i) => this.call(i, req)));
  }

  call(i: number, req: Req): Promise<Res> {
    const w = this.workers[i];
    if (!w) return Promise.reject(new RangeError(`no thread ${i}`));
    return new Promise<Res>((resolveReply, reject) => {
      const onError = (e: Error): void => {
        w.off('message', onMessage);
        reject(e);
      };
      const onMessage = (res: Res): void => {
        w.off('error', onError);
        resolveReply(res);
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
