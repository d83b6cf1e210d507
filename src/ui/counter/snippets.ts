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

const PY_HEAD = `import multiprocessing as mp

counter = mp.Value('i', 0)          # a C int in shared memory, with a lock
`;

function pyMain(comment = 'always 0'): string {
  return `
if __name__ == '__main__':
    workers = [mp.Process(target=work, args=(d, 1_000_000)) for d in (+1, -1)]
    for w in workers: w.start()
    for w in workers: w.join()
    print(counter.value)            # ${comment}`;
}

export const MODE_TEXT: Record<SyncMode, ModeText> = {
  none: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  const v = Atomics.load(cell, 0);   // read
  raceWindow();                      // other work: widens the gap
  Atomics.store(cell, 0, v + d);     // write: may erase another worker's write
}`,
    python: `${PY_HEAD}
def work(d, n):
    raw = counter.get_obj()         # the bare C int, no lock
    for _ in range(n):
        v = raw.value               # read
        raw.value = v + d           # write: may erase another write
${pyMain('expected 0, rarely 0')}`,
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
    python: `${PY_HEAD}busy = mp.Value('b', 0, lock=False)  # a home-made flag

def work(d, n):
    raw = counter.get_obj()
    for _ in range(n):
        while busy.value:           # check…
            pass
        busy.value = 1              # …then act: two steps, not one
        raw.value = raw.value + d
        busy.value = 0
${pyMain('expected 0, rarely 0')}`,
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
    python: `${PY_HEAD}
def work(d, n):
    for _ in range(n):
        counter.value += d          # the getter locks, the setter locks,
                                    # but nothing holds the lock in between
${pyMain('expected 0, rarely 0')}`,
    notice:
      'Both the read and the write take the lock, yet updates are still lost: another worker can run its whole update between them. This is exactly what counter.value += 1 does on a multiprocessing.Value.',
    tryNext: 'Switch to Mutex: the same lock, held from the read to the write.',
  },
  mutex: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  mutexLock(cell, LOCK);        // compareExchange, then Atomics.wait if taken
  const v = Atomics.load(cell, 0);
  raceWindow();
  Atomics.store(cell, 0, v + d);
  mutexUnlock(cell, LOCK);      // Atomics.notify only if someone sleeps
}`,
    python: `${PY_HEAD}
def work(d, n):
    for _ in range(n):
        with counter.get_lock():    # one lock around read, add and write
            counter.value += d
${pyMain()}`,
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
    python: `${PY_HEAD}import ctypes
flag = mp.Value(ctypes.c_int, 0, lock=False)
# Python has no compare-and-swap on shared memory; a multiprocessing.Lock
# (non-blocking acquire in a loop) is the closest equivalent.
spin = mp.Lock()

def work(d, n):
    for _ in range(n):
        while not spin.acquire(block=False):
            pass                    # spin: burn CPU until it is free
        counter.get_obj().value += d
        spin.release()
${pyMain()}`,
    notice:
      'Compare-exchange checks and takes the lock in one indivisible step, so the total is exact. A waiting worker keeps the CPU busy instead of sleeping: fast when the lock is held briefly, wasteful when there are more workers than cores.',
    tryNext: 'Raise the workers above your core count and watch the retries and the throughput.',
  },
  atomic: {
    js: `${JS_HEAD}for (let i = 0; i < iters; i++) {
  Atomics.add(cell, 0, d);      // read, add and write as one instruction
  raceWindow();                 // the same extra work, outside the shared access
}`,
    python: `${PY_HEAD}# CPython offers no atomic add on shared memory: the lock is the way.
def work(d, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += d
${pyMain()}`,
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
    python: `${PY_HEAD}
def work(d, n):
    mine = 0
    for _ in range(n):
        mine += d                   # private to this process
    with counter.get_lock():        # one locked update at the end
        counter.value += mine
${pyMain()}`,
    notice:
      'The fastest way to share is not to: each worker counts privately and publishes its total once. The shared cell stays still during the run and jumps at the end.',
    tryNext: 'Raise the workers: throughput grows with the cores, unlike every shared-counter mode.',
  },
};
