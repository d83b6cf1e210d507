// An equivalent Python program for the chosen settings: the queue kind decides what `q` is, the
// shutdown policy how consumers know they are finished (queue.Queue, put/get, task_done/join).
import type { QueueParams } from '../../core/params/queueParams.ts';
import type { QueueKind } from '../../core/queue/queueKinds.ts';

/** Kinds that Python spells as a joinable queue (task_done/join). */
const JOINABLE: ReadonlySet<QueueKind> = new Set<QueueKind>(['locked', 'mpmc', 'message']);

function pyNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

function pySeconds(ms: number): string {
  return ms === 0 ? '0' : String(ms / 1000);
}

function ringClass(unsafe: boolean, closable: boolean): string {
  const doc = unsafe
    ? '"""The one-producer, one-consumer ring below, shared by every thread, no lock."""'
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
        return (self.tail - self.head) % len(self.slots)${close}


q = Ring(CAPACITY)
Worker = threading.Thread`;
}

function queueDefinition(p: QueueParams): string {
  const closable = p.shutdown === 'close';
  switch (p.queue) {
    case 'unsafe':
      return ringClass(true, closable);
    case 'spsc':
      return ringClass(false, closable);
    case 'locked':
      return `# queue.Queue is this lab's locked queue: a mutex and two conditions. Inside, put() does
#     with self.not_full:                  # takes the mutex
#         while self._qsize() >= self.maxsize:
#             self.not_full.wait()         # sleeps, mutex released
#         self._put(item)
#         self.not_empty.notify()          # wakes one sleeping get()
q = queue.Queue(maxsize=CAPACITY)
Worker = threading.Thread`;
    case 'mpmc':
      return `# Python code cannot compare-and-swap, so it cannot write the lock-free version (see the
# JavaScript tab). For many producers and consumers Python's answer is queue.Queue,
# which takes a lock around every put and get instead.
q = queue.Queue(maxsize=CAPACITY)
Worker = threading.Thread`;
    case 'message':
      return `# No shared memory for the items: each put pickles the item and sends it down a pipe
# to another process, where get() unpickles a copy.
q = mp.JoinableQueue(maxsize=CAPACITY)
Worker = mp.Process`;
  }
}

function imports(p: QueueParams): string {
  const lines: string[] = [];
  if (p.queue === 'message') lines.push('import multiprocessing as mp');
  if (p.queue === 'locked' || p.queue === 'mpmc') lines.push('import queue');
  lines.push('import threading', 'import time');
  if (p.shutdown === 'close' && (p.queue === 'locked' || p.queue === 'mpmc')) lines.push('from queue import ShutDown            # Python 3.13+');
  return lines.join('\n');
}

const PRODUCER = `def producer(p):
    for seq in range(N):
        time.sleep(PRODUCE_S)              # make the item
        q.put((p, seq))                    # blocks while the queue is full`;

function consumerAndMain(p: QueueParams): string {
  const join = JOINABLE.has(p.queue);
  const done = join ? '\n        q.task_done()' : '';
  const start = `if __name__ == '__main__':
    producers = [Worker(target=producer, args=(p,)) for p in range(P)]
    consumers = [Worker(target=consumer) for _ in range(C)]
    for w in producers + consumers:
        w.start()`;
  // multiprocessing queues cannot be closed for readers: an end marker per consumer does it.
  const policy = p.shutdown === 'close' && p.queue === 'message' ? 'sentinel' : p.shutdown;
  if (policy === 'empty-check') {
    const left = p.queue === 'message' ? "'some' if not q.empty() else 'none'" : 'q.qsize()';
    return `def consumer():
    # The bug: the queue is empty for a moment whenever the consumer is faster than
    # the producer, and the consumer leaves with items still to come. With more than
    # CAPACITY of them, the producer then waits on a full queue forever.
    while not q.empty():
        item = q.get()
        time.sleep(CONSUME_S)              # use the item${done}

# The fix: not "is it empty?" but "is it over?": block in get() and stop at a
# sentinel (Poison pill), or when the queue is shut down (Close the queue).


${start}
    for w in producers + consumers:
        w.join()
    print('left behind:', ${left})`;
  }
  if (policy === 'sentinel') {
    const note = p.shutdown === 'close' ? '# A multiprocessing queue cannot be shut down for readers: an end marker per consumer\n# closes the stream instead.\n' : '';
    return `${note}STOP = None                                # the poison pill: no item is None


def consumer():
    while True:
        item = q.get()                     # blocks while the queue is empty
        if item is STOP:${join ? '\n            q.task_done()' : ''}
            break
        time.sleep(CONSUME_S)              # use the item${done}


${start}
    for w in producers:
        w.join()                           # every item is in the queue now…
    for _ in consumers:
        q.put(STOP)                        # …so every pill comes after all of them${join ? '\n    q.join()                               # returns once each put has had its task_done()' : ''}
    for w in consumers:
        w.join()`;
  }
  return `def consumer():
    while True:
        try:
            item = q.get()                 # after shutdown(): drains, then raises
        except ShutDown:
            break
        time.sleep(CONSUME_S)              # use the item${done}


${start}
    for w in producers:
        w.join()
    q.shutdown()                           # no more puts; consumers take the rest, then stop
    for w in consumers:
        w.join()`;
}

export function pythonCode(p: QueueParams): string {
  return `${imports(p)}

P, C = ${p.producers}, ${p.consumers}  # producers, consumers
CAPACITY = ${pyNumber(p.capacity)}
N = ${pyNumber(p.items)}  # items per producer
PRODUCE_S, CONSUME_S = ${pySeconds(p.produceMs)}, ${pySeconds(p.consumeMs)}  # seconds of work per item


${queueDefinition(p)}


${PRODUCER}


${consumerAndMain(p)}
`;
}
