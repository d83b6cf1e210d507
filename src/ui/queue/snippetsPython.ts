// An equivalent Python program for the chosen settings: the queue kind decides what `q` is, the
// shutdown policy how consumers know they are finished (queue.Queue, put/get, task_done/join).
// Every program runs as shown under CPython and ends by printing what it checked: each consumer
// hands back the list of items it took, and the main program counts them.
import type { QueueParams } from '../../core/params/queueParams.ts';
import type { QueueKind } from '../../core/queue/queueKinds.ts';

/** Under the Python tab: why threads here, and what the GIL does and does not do. */
export const PYTHON_NOTE =
  'Threads here, because queue.Queue is a queue between threads; MessageChannel is the one kind without shared memory, and its Python twin uses processes and a multiprocessing queue. The GIL lets one thread run Python code at a time but does not make put and get safe: queue.Queue’s own lock does. The unsafe ring’s race needs a switch between reading an index and writing it back: CPython 3.9 and free-threaded builds (3.13t) make one, and the recorded run on 3.9 lost and duplicated items; with the GIL of 3.10 to 3.13 a thread is switched out only where a Python function starts, where a loop jumps back, or where it blocks, and the same program stayed exact.';

/** Kinds that Python spells as a joinable queue (task_done/join). */
const JOINABLE: ReadonlySet<QueueKind> = new Set<QueueKind>(['locked', 'mpmc', 'message']);

/** The line every program ends with; the snippet recordings read their outcome from it. */
export const RESULT_LINE = /consumed (\d+) of (\d+), (\d+) twice, (\d+) left in the queue/;

function pyNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

function pySeconds(ms: number): string {
  return ms === 0 ? '0' : String(ms / 1000);
}

const GIL_NOTE = `
    Under CPython 3.10 to 3.13 the GIL switches threads only where a Python function
    starts, where a loop jumps back, or where a thread blocks: never between
    \`t = self.tail\` and the write of self.tail, so this race rarely shows there.
    CPython 3.9, which could switch between any two instructions, and free-threaded
    builds (3.13t) can lose and duplicate items.`;

function ringClass(unsafe: boolean, closable: boolean): string {
  const doc = unsafe
    ? `"""The one-producer, one-consumer ring below, shared by every thread, no lock.\n${GIL_NOTE}\n    """`
    : '"""Exactly one producer and one consumer: each writes only its own index."""';
  const put = unsafe
    ? `    def put(self, item):
        while (self.tail + 1) % len(self.slots) == self.head:
            time.sleep(0)                  # full: let a consumer run
        t = self.tail                      # two producers can read the same tail…
        self.slots[t] = item               # …and both write here: one item is lost
        self.tail = (t + 1) % len(self.slots)`
    : `    def put(self, item):
        nxt = (self.tail + 1) % len(self.slots)
        while nxt == self.head:            # full: let the consumer run
            time.sleep(0)
        self.slots[self.tail] = item
        self.tail = nxt                    # publish only after the item is in`;
  const wait = closable
    ? `        while self.head == self.tail:      # empty
            if self.closed and self.head == self.tail:
                raise ShutDown             # closed and drained
            time.sleep(0)`
    : `        while self.head == self.tail:      # empty
            time.sleep(0)`;
  const get = unsafe
    ? `    def get(self):
${wait}
        h = self.head                      # two consumers can read the same head…
        item = self.slots[h]               # …and both take this item
        self.head = (h + 1) % len(self.slots)
        return item`
    : `    def get(self):
${wait}
        item = self.slots[self.head]
        self.head = (self.head + 1) % len(self.slots)
        return item`;
  const close = closable
    ? `

    def shutdown(self):
        self.closed = True                 # every put happened before this`
    : '';
  return `${closable ? 'class ShutDown(Exception):\n    pass\n\n\n' : ''}class Ring:
    ${doc}

    def __init__(self, capacity):
        self.slots = [None] * (capacity + 1)   # one slot always stays free
        self.head = 0                          # written by the consumer side
        self.tail = 0                          # written by the producer side${closable ? '\n        self.closed = False' : ''}

${put}

${get}

    def empty(self):
        return self.head == self.tail

    def qsize(self):
        return (self.tail - self.head) % len(self.slots)${close}`;
}

/** What the program says about its queue, before the functions; empty for a comment-free kind. */
function queueDefinition(p: QueueParams): string {
  const closable = p.shutdown === 'close';
  switch (p.queue) {
    case 'unsafe':
      return ringClass(true, closable);
    case 'spsc':
      return ringClass(false, closable);
    case 'locked':
      return `# queue.Queue is this lab's locked queue: one mutex and the conditions not_full and
# not_empty (a third, all_tasks_done, serves join()). Inside, put() does
#     with self.not_full:                  # takes the mutex
#         while self._qsize() >= self.maxsize:
#             self.not_full.wait()         # sleeps, mutex released
#         self._put(item)
#         self.not_empty.notify()          # wakes one get() that may be sleeping`;
    case 'mpmc':
      return `# Python code cannot compare-and-swap, so it cannot write the lock-free version (see the
# JavaScript tab). For many producers and consumers Python's answer is queue.Queue,
# which takes a lock around every put and get instead.`;
    case 'message':
      return `# No shared memory for the items: each put pickles the item and sends it down a pipe
# to another process, where get() unpickles a copy. Processes, not threads: the queue
# and the report channel reach them as arguments, which works however they start.`;
  }
}

function makeQueue(kind: QueueKind): string {
  if (kind === 'unsafe' || kind === 'spsc') return 'Ring(CAPACITY)';
  return kind === 'message' ? 'mp.JoinableQueue(maxsize=CAPACITY)' : 'queue.Queue(maxsize=CAPACITY)';
}

function imports(p: QueueParams): string {
  const lines: string[] = [];
  if (p.queue === 'message') lines.push('import multiprocessing as mp');
  if (p.queue === 'locked' || p.queue === 'mpmc') lines.push('import queue');
  if (p.queue === 'unsafe') lines.push('import sys');
  if (p.queue !== 'message') lines.push('import threading');
  lines.push('import time');
  if (p.shutdown === 'close' && (p.queue === 'locked' || p.queue === 'mpmc')) lines.push('from queue import ShutDown            # Python 3.13+');
  return lines.join('\n');
}

// Put first, then work on the next item: the lab's producer does the same, so that a slow
// producer's first item is there at once and a consumer that checks for empty takes it.
const PRODUCER = `def producer(q, p):
    for seq in range(N):
        q.put((p, seq))                    # blocks while the queue is full
        time.sleep(PRODUCE_S)              # then make the next item`;

/** The consumer's loop for a shutdown policy; `done` is the task_done() line, if any. */
function consumer(policy: 'empty-check' | 'sentinel' | 'close', joinable: boolean, processes: boolean): string {
  const done = joinable ? '\n        q.task_done()' : '';
  const report = processes ? 'taken.put(mine)' : 'taken.append(mine)';
  const use = `        time.sleep(CONSUME_S)              # use the item
        mine.append(item)${done}`;
  if (policy === 'empty-check') {
    return `def consumer(q, taken):
    # The bug: "empty now" is not "finished". A consumer faster than the producer finds
    # the queue empty and leaves with items still to come; with more than CAPACITY of
    # them the producer then waits on a full queue forever. With two consumers there is
    # a second hazard: both see the last item, one takes it, and the other's get() waits
    # for ever.
    mine = []
    while not q.empty():
        item = q.get()
${use}
    ${report}                        # what this consumer took

# The fix: not "is it empty?" but "is it over?": block in get() and stop at a
# sentinel (Poison pill), or when the queue is shut down (Close the queue).`;
  }
  if (policy === 'sentinel') {
    return `STOP = None                                # the poison pill: no item is None


def consumer(q, taken):
    mine = []
    while True:
        item = q.get()                     # blocks while the queue is empty
        if item is STOP:${joinable ? '\n            q.task_done()' : ''}
            break
${use}
    ${report}                        # what this consumer took`;
  }
  return `def consumer(q, taken):
    mine = []
    while True:
        try:
            item = q.get()                 # after shutdown(): drains, then raises
        except ShutDown:
            break
${use}
    ${report}                        # what this consumer took`;
}

function main(p: QueueParams, policy: 'empty-check' | 'sentinel' | 'close', processes: boolean): string {
  const Worker = processes ? 'mp.Process' : 'threading.Thread';
  const switchOften =
    p.queue === 'unsafe' ? '\n    sys.setswitchinterval(1e-6)            # switch threads as often as CPython will' : '';
  const head = `if __name__ == '__main__':${switchOften}
    q = ${makeQueue(p.queue)}
    taken = ${processes ? 'mp.Queue()                     # each consumer sends back its list' : '[]                             # each consumer adds its list'}
    producers = [${Worker}(target=producer, args=(q, p)) for p in range(P)]
    consumers = [${Worker}(target=consumer, args=(q, taken)) for _ in range(C)]
    for w in producers + consumers:
        w.start()
    for w in producers:
        w.join()`;
  let stop = '';
  if (policy === 'sentinel') {
    stop = `
    for _ in consumers:
        q.put(STOP)                        # every item is in, so every pill comes after them${JOINABLE.has(p.queue) ? '\n    q.join()                               # returns once each put has had its task_done()' : ''}`;
  } else if (policy === 'close') {
    stop = `
    q.shutdown()                           # no more puts; consumers take the rest, then stop`;
  }
  // A process's report must be read before it is joined: it cannot exit while its queue is unread.
  const collect = processes
    ? `
    got = [item for _ in consumers for item in taken.get()]
    for w in consumers:
        w.join()
    left = 0
    while not q.empty():                   # every producer has ended: their puts are in
        q.get()
        left += 1`
    : `
    for w in consumers:
        w.join()
    got = [item for mine in taken for item in mine]
    left = q.qsize()`;
  return `${head}${stop}${collect}
    print(f'consumed {len(got)} of {P * N}, {len(got) - len(set(got))} twice, {left} left in the queue')`;
}

export function pythonCode(p: QueueParams): string {
  const processes = p.queue === 'message';
  // multiprocessing queues cannot be shut down for readers: an end marker per consumer does it.
  const policy = p.shutdown === 'close' && processes ? 'sentinel' : p.shutdown;
  const note =
    p.shutdown === 'close' && processes
      ? '# A multiprocessing queue cannot be shut down for readers: an end marker per consumer\n# closes the stream instead.\n'
      : '';
  const definition = queueDefinition(p);
  return `${imports(p)}

P, C = ${p.producers}, ${p.consumers}  # producers, consumers
CAPACITY = ${pyNumber(p.capacity)}
N = ${pyNumber(p.items)}  # items per producer
PRODUCE_S, CONSUME_S = ${pySeconds(p.produceMs)}, ${pySeconds(p.consumeMs)}  # seconds of work per item


${definition}


${PRODUCER}


${note}${consumer(policy, JOINABLE.has(p.queue), processes)}


${main(p, policy, processes)}
`;
}
