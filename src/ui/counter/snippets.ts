// What each worker runs in each mode, in JavaScript (as in src/core) and in equivalent Python,
// with what to notice and what to try next.
import type { SyncMode } from '../../core/counter/syncModes.ts';

export interface ModeText {
  readonly js: string;
  readonly python: string;
  readonly notice: string;
  readonly tryNext: string;
}

const JS_HEAD = `// cell: Int32Array over the SharedArrayBuffer; d is +1 or -1 for this worker.
// Every single access is indivisible (Atomics.load, Atomics.store): what matters is
// whether the whole read-add-write is.
`;

/**
 * The Python programs are whole: they run as shown under CPython on any operating system. They use
 * processes, not threads, because a Web Worker is closer to `mp.Process` (it shares nothing but the
 * memory handed to it) than to a thread; and the shared objects travel as arguments, because under
 * `spawn` (macOS, Windows) and `forkserver` each process imports the program afresh and a module
 * global would be a new object in every one of them.
 */
const PY_IMPORT = `import multiprocessing as mp

`;

/** The main program: `shared` are the extra objects (after the counter) that `work` receives. */
function pyMain(shared: readonly string[] = [], result = '0 when no update was lost'): string {
  const make = shared.map((s) => `\n    ${s}`).join('');
  const names = shared.map((s) => `${s.split(' ')[0] ?? ''}, `).join('');
  return `

if __name__ == '__main__':
    counter = mp.Value('i', 0)      # a C int in shared memory, with its own lock${make}
    start = mp.Barrier(2)
    workers = [mp.Process(target=work, args=(counter, ${names}start, d, 1_000_000))
               for d in (+1, -1)]
    for w in workers: w.start()
    for w in workers: w.join()
    print(counter.value)            # ${result}`;
}

/** `work`'s first lines: its parameters and the start line every worker waits at. */
function pyWork(shared: readonly string[] = []): string {
  return `def work(counter, ${shared.map((s) => `${s}, `).join('')}start, d, n):
    start.wait()                    # all start together, as the lab's workers do`;
}

/** Under the Python tab: why processes, and where Python's races show. */
export const PYTHON_NOTE =
  'Processes, not threads: a Web Worker shares nothing but the SharedArrayBuffer handed to it, like an mp.Process given an mp.Value, and processes race on every CPython. Threads would hide most of it: with the GIL (CPython 3.10 to 3.13) only one thread runs Python code at a time, and it is switched out only where a Python function starts, where a loop jumps back, or where it blocks, so a threaded x = counter; counter = x + 1 lost nothing in 200,000 tries on 3.12, and half of them on 3.9. The GIL does not save counter.value += 1 on a Value: its read and its write are two calls, each taking the lock on its own. Every program here runs as shown, with fork, spawn or forkserver.';

export const MODE_TEXT: Record<SyncMode, ModeText> = {
  none: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  const v = Atomics.load(cell, 0);   // read
  raceWindow();                      // other work: widens the gap
  Atomics.store(cell, 0, v + d);     // write: may erase another worker's write
}`,
    python: `${PY_IMPORT}
${pyWork()}
    raw = counter.get_obj()         # the bare C int, without its lock
    for _ in range(n):
        v = raw.value               # read
        raw.value = v + d           # write: may erase another process's write
${pyMain([], 'should be 0; almost never is')}`,
    notice:
      'Each update is three steps: read, add, write. When two workers read the same value, the second write erases the first, and that update is lost for good.',
    tryNext: 'Set the race window to 0, then to 100, and compare how many updates are lost. Then run 50 trials to see the spread.',
  },
  flag: {
    js: `${JS_HEAD}// flag word: 0 = free, 1 = taken
for (let i = 0; i < iters; i++) {
  while (Atomics.load(cell, FLAG) !== 0) {}   // wait until it looks free…
  Atomics.store(cell, FLAG, 1);               // …then take it: too late, another
                                              // worker may have seen it free too
  const v = Atomics.load(cell, 0);
  Atomics.store(cell, 0, v + d);
  Atomics.store(cell, FLAG, 0);
}`,
    python: `${PY_IMPORT}
${pyWork(['busy'])}
    raw = counter.get_obj()
    for _ in range(n):
        while busy.value:           # check…
            pass
        busy.value = 1              # …then act: two steps, not one
        raw.value = raw.value + d
        busy.value = 0
${pyMain(["busy = mp.Value('b', 0, lock=False)  # a home-made flag"], 'should be 0; almost never is')}`,
    notice:
      'Checking the flag and setting it are two separate steps. Two workers can both see it free and both walk in, so the flag protects nothing; it only slows things down.',
    tryNext: 'Switch to Spinlock: the same idea, but checking and setting become one compare-exchange.',
  },
  split: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  lock(); const v = Atomics.load(cell, 0); unlock();   // a locked read
  raceWindow();
  lock(); Atomics.store(cell, 0, v + d); unlock();     // a locked write
}`,
    python: `${PY_IMPORT}
${pyWork()}
    for _ in range(n):
        counter.value += d          # the read takes the lock and lets it go,
                                    # then the write takes it again
${pyMain([], 'should be 0; almost never is')}`,
    notice:
      'Both the read and the write take the lock, yet updates are still lost: another worker can run its whole update between them. This is exactly what counter.value += 1 does on a multiprocessing.Value: reading .value and writing it are two calls, and each takes the Value’s lock on its own.',
    tryNext: 'Switch to Mutex: the same lock, held from the read to the write.',
  },
  mutex: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  mutexLock(cell, LOCK);        // compareExchange, then Atomics.wait if taken
  const v = Atomics.load(cell, 0);
  raceWindow();
  Atomics.store(cell, 0, v + d);
  mutexUnlock(cell, LOCK);      // Atomics.notify only if someone may be sleeping
}`,
    python: `${PY_IMPORT}
${pyWork()}
    for _ in range(n):
        with counter.get_lock():    # one lock around read, add and write
            counter.value += d      # (the lock is reentrant: taking it again inside is fine)
${pyMain([], '0, every time')}`,
    notice:
      'The lock covers the whole read-add-write, so no update is lost and the total is exact every time. The price is waiting: only one worker makes progress at a time, and a worker that finds the lock taken sleeps.',
    tryNext: 'Compare the throughput with Atomics.add and with Count locally, then raise the workers to see waits grow.',
  },
  spin: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  while (Atomics.compareExchange(cell, LOCK, 0, 1) !== 0) backoff();  // spin
  const v = Atomics.load(cell, 0);
  raceWindow();
  Atomics.store(cell, 0, v + d);
  Atomics.store(cell, LOCK, 0);
}`,
    python: `${PY_IMPORT}# Python has no compare-exchange on shared memory; trying a multiprocessing.Lock
# without blocking, again and again, is the closest equivalent.
${pyWork(['spin'])}
    raw = counter.get_obj()
    for _ in range(n):
        while not spin.acquire(block=False):
            pass                    # spin: keep the CPU busy until it is free
        raw.value += d
        spin.release()
${pyMain(['spin = mp.Lock()'], '0, every time')}`,
    notice:
      'Compare-exchange checks and takes the lock in one indivisible step, so the total is exact. A waiting worker keeps the CPU busy instead of sleeping: fast when the lock is held briefly, wasteful when there are more workers than cores.',
    tryNext: 'Raise the workers above your core count and watch the retries and the throughput.',
  },
  atomic: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  Atomics.add(cell, 0, d);      // read, add and write as one instruction
  raceWindow();                 // the same extra work, outside the shared access
}`,
    python: `${PY_IMPORT}# CPython offers no atomic add on shared memory: the lock is the way.
${pyWork()}
    for _ in range(n):
        with counter.get_lock():
            counter.value += d
${pyMain([], '0, every time')}`,
    notice:
      'The hardware performs the read, the add and the write as one indivisible operation: no lock and no lost update. Workers still contend for the same cache line, so adding workers does not add speed.',
    tryNext: 'Compare with Count locally, which shares nothing until the end.',
  },
  local: {
    js: `${JS_HEAD}let mine = 0;
for (let i = 0; i < iters; i++) {
  mine += d;                    // private: no sharing, no waiting
  raceWindow();
}
Atomics.add(cell, 0, mine);     // publish once`,
    python: `${PY_IMPORT}
${pyWork()}
    mine = 0
    for _ in range(n):
        mine += d                   # private to this process
    with counter.get_lock():        # one locked update at the end
        counter.value += mine
${pyMain([], '0, every time')}`,
    notice:
      'The fastest way to share is not to: each worker counts privately and publishes its total once. The shared cell stays still during the run and jumps at the end.',
    tryNext: 'Raise the workers: throughput grows with the cores, unlike every shared-counter mode.',
  },
};
