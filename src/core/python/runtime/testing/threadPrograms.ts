// Small threading programs for the search tests: threads running a few statements each over shared
// globals, locks, a condition, a queue, an event and a semaphore, started and joined by the main thread.

/** Threads running `bodies` (each a list of statements), started and joined by the main thread, which prints the globals. */
export function program(bodies: readonly (readonly string[])[]): string {
  const defs = bodies.map((b, i) => `def w${i}():\n    global x, y\n${b.map((s) => `    ${s}`).join('\n')}\n`).join('\n');
  const starts = bodies.map((_, i) => `t${i} = threading.Thread(target=w${i})`).join('\n');
  return `import threading\nimport queue\n\nx = 0\ny = 0\nitems = []\nlock = threading.Lock()\nother = threading.Lock()\ncv = threading.Condition()\nq = queue.Queue()\nev = threading.Event()\nsem = threading.Semaphore(1)\n\n${defs}\n${starts}\n${bodies.map((_, i) => `t${i}.start()`).join('\n')}\n${bodies.map((_, i) => `t${i}.join()`).join('\n')}\nprint(x, y, items)\n`;
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
