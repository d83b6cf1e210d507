// Small threading programs for the search tests: threads running a few statements each over shared
// globals, locks, a condition, a queue, an event and a semaphore, started and joined by the main thread.

/**
 * A program that runs `setup`, then one function per body (`w0`, `w1`, …, each a list of
 * statements) in a thread of its own, joins them all and prints `result`.
 */
export function threaded(setup: string, bodies: readonly (readonly string[])[], result: string): string {
  const defs = bodies.map((b, i) => `def w${i}():\n${b.map((s) => `    ${s}`).join('\n')}\n`).join('\n');
  const each = (line: (i: number) => string): string => bodies.map((_, i) => line(i)).join('\n');
  const threads = [each((i) => `t${i} = threading.Thread(target=w${i})`), each((i) => `t${i}.start()`), each((i) => `t${i}.join()`)];
  return `import threading\n${setup}\n\n${defs}\n${threads.join('\n')}\nprint(${result})\n`;
}

/** Threads running `bodies` over the shared globals below, which the main thread prints at the end. */
export function program(bodies: readonly (readonly string[])[]): string {
  const setup =
    'import queue\n\nx = 0\ny = 0\nitems = []\nlock = threading.Lock()\nother = threading.Lock()\ncv = threading.Condition()\nq = queue.Queue()\nev = threading.Event()\nsem = threading.Semaphore(1)';
  return threaded(setup, bodies.map((b) => ['global x, y', ...b]), 'x, y, items');
}

export const STATEMENTS = [
  'x += 1',
  'y = x',
  'x = y + 1',
  'items.append(x)',
  'with lock:\n        x += 1',
  'with lock:\n        y = x',
  'lock.acquire()\n    other.acquire()\n    other.release()\n    lock.release()',
  'other.acquire()\n    lock.acquire()\n    lock.release()\n    other.release()',
  'if x > 0:\n        y += 1',
  'print(x)',
  'with cv:\n        x += 1\n        cv.notify()',
  'with cv:\n        if x == 0:\n            cv.wait(1)\n        y = x',
  'q.put(x)',
  'if not q.empty():\n        y = q.get()',
  'y = q.get(timeout=1)',
  'ev.set()',
  'if ev.wait(1):\n        y += 1',
  'with sem:\n        x += 1',
];
