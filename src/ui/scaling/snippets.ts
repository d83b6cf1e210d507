// What each worker of a sweep point runs, in JavaScript (as in src/core/scaling) and in equivalent
// Python: the timed loop every point shares, and the false-sharing kernel with its two layouts.

export const SWEEP_JS = `// Every worker of a point runs this, released together from a start line.
// step(chunk) is the chosen mode's loop, e.g. Atomics.add(cell, 0, 1) chunk times.
arriveAndWait(m, BARRIER, workers);        // nobody starts before all are ready
const t0 = performance.now();
let ops = 0;
while (Atomics.load(m, CONTROL) !== STOP) { // Stop is one word in shared memory
  ops += step(chunk);                       // a chunk of the mode's operations
  if (performance.now() - t0 >= ms) break;  // the clock is read once per chunk
}
return { ops, elapsedMs: performance.now() - t0 };
// throughput = all workers' ops / the slowest worker's elapsed time

// False sharing: each worker adds to a counter of its own, never another's.
const LINE_INTS = 16;                       // 16 Int32s: one 64-byte line, the usual size
const COUNTERS = 2 * LINE_INTS;             // the counters start on a fresh line
const stride = padded ? LINE_INTS : 1;      // padded: 64 bytes apart; adjacent: 4
const mine = COUNTERS + worker * stride;
function step(chunk) {
  for (let k = 0; k < chunk; k++) Atomics.add(m, mine, 1);
  return chunk;
}`;

/** Under the Python tab. */
export const PYTHON_NOTE =
  'Processes, as in the Counter lab: each has its own interpreter and its own GIL, so they run in parallel like the page’s workers, sharing only the arrays handed to them.';

export const SWEEP_PYTHON = `import multiprocessing as mp
import time

LINE_INTS = 16                      # 16 C ints: one 64-byte line, the usual size
WORKERS, MS, CHUNK = 4, 200, 1000

def work(counters, mine, me, start, ops):
    start.wait()                    # nobody starts before all are ready
    t0 = time.perf_counter()
    n = 0
    while time.perf_counter() - t0 < MS / 1000:
        for _ in range(CHUNK):      # the clock is read once per chunk
            counters[mine] += 1     # this worker's own counter only
        n += CHUNK
    ops[me] = n

if __name__ == '__main__':
    for padded in (False, True):
        stride = LINE_INTS if padded else 1     # 64 bytes apart, or 4
        counters = mp.Array('i', WORKERS * LINE_INTS, lock=False)
        ops = mp.Array('q', WORKERS, lock=False)
        start = mp.Barrier(WORKERS)
        procs = [mp.Process(target=work, args=(counters, w * stride, w, start, ops))
                 for w in range(WORKERS)]
        for p in procs: p.start()
        for p in procs: p.join()
        print('padded' if padded else 'adjacent', sum(ops) * 1000 // MS, 'ops/s')

# CPython spends far longer interpreting each += than the cache line costs, so the
# gap is small here, or lost in the noise; compiled code adding in a tight loop
# (C, Rust) is where it shows, as it does on the page.`;
