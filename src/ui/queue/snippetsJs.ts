// The JavaScript each queue worker runs, per queue kind and per shutdown policy: the code in
// src/core/queue, simplified (blocking waits and bookkeeping left out) but with the same steps.
import type { QueueKind, ShutdownPolicy } from '../../core/queue/queueKinds.ts';

const RING_HEAD = `// m: Int32Array over the SharedArrayBuffer; HEAD and TAIL sit on separate cache lines.
// N = capacity + 1 slots: one always stays free, so head === tail means empty.
`;

const KIND_JS: Record<QueueKind, string> = {
  unsafe: `${RING_HEAD}// This is the single-producer ring, shared by every producer and consumer with no lock.
function tryPut(item) {
  const tail = Atomics.load(m, TAIL);        // two producers can read the same tail…
  const next = (tail + 1) % N;
  if (next === Atomics.load(m, HEAD)) return false;   // full
  Atomics.store(m, SLOT + tail, item);       // …and both write this slot: one item is lost
  Atomics.store(m, TAIL, next);
  return true;
}

function tryGet() {
  const head = Atomics.load(m, HEAD);        // two consumers can read the same head…
  if (head === Atomics.load(m, TAIL)) return EMPTY;
  const item = Atomics.load(m, SLOT + head); // …and both take this item: a duplicate
  Atomics.store(m, HEAD, (head + 1) % N);
  return item;
}`,
  locked: `// One mutex guards the ring and its count; two condition variables, notFull and notEmpty,
// let a worker sleep (Atomics.wait) until the other side changes something.
function put(item) {
  lock(mutex);
  while (count === capacity) {               // while, not if: another producer may
    wait(notFull, mutex);                    // take the free slot before we wake
  }
  slots[tail] = item;
  tail = (tail + 1) % capacity;
  count++;
  signal(notEmpty);                          // wake one sleeping consumer
  unlock(mutex);
}

function get() {
  lock(mutex);
  while (count === 0) {
    if (closed) { unlock(mutex); return CLOSED; }
    wait(notEmpty, mutex);                   // releases the mutex while asleep
  }
  const item = slots[head];
  head = (head + 1) % capacity;
  count--;
  signal(notFull);                           // wake one sleeping producer
  unlock(mutex);
  return item;
}`,
  spsc: `${RING_HEAD}// Exactly one producer (owns TAIL) and one consumer (owns HEAD); each only reads the other's.
let headCache = 0;                           // the producer's copy of HEAD
function tryPut(item) {
  const tail = Atomics.load(m, TAIL);
  const next = tail + 1 === N ? 0 : tail + 1;
  if (next === headCache) {                  // looks full: look at the real HEAD once
    headCache = Atomics.load(m, HEAD);
    if (next === headCache) return false;
  }
  Atomics.store(m, SLOT + tail, item);
  Atomics.store(m, TAIL, next);              // publish after the item: whoever sees
  return true;                               // the new TAIL also sees the item
}

let tailCache = 0;                           // the consumer's copy of TAIL
function tryGet() {
  const head = Atomics.load(m, HEAD);
  if (head === tailCache) {
    tailCache = Atomics.load(m, TAIL);
    if (head === tailCache) return EMPTY;
  }
  const item = Atomics.load(m, SLOT + head);
  Atomics.store(m, HEAD, head + 1 === N ? 0 : head + 1);   // hand the slot back
  return item;
}
// put/get: try a few times, then sleep on an event count (Atomics.wait) until woken.`,
  mpmc: `// Positions only grow; position p lives in slot p % capacity. Each slot's sequence word
// says whose turn it is: 2p = free for the producer of p, 2p + 1 = full for its consumer.
function tryPut(item) {
  let pos = Atomics.load(m, TAIL);
  for (;;) {
    const s = pos % capacity;
    const dif = Atomics.load(seq, s) - 2 * pos;
    if (dif === 0) {
      const seen = Atomics.compareExchange(m, TAIL, pos, pos + 1);
      if (seen === pos) {                    // this producer owns position pos
        Atomics.store(items, s, item);
        Atomics.store(seq, s, 2 * pos + 1);  // publish last: now the consumer may read
        return true;
      }
      pos = seen;                            // another producer won: try where it left us
    } else if (dif < 0) {
      return false;                          // the slot still holds last lap's item: full
    } else {
      pos = Atomics.load(m, TAIL);
    }
  }
}

function tryGet() {
  let pos = Atomics.load(m, HEAD);
  for (;;) {
    const s = pos % capacity;
    const dif = Atomics.load(seq, s) - (2 * pos + 1);
    if (dif === 0) {
      const seen = Atomics.compareExchange(m, HEAD, pos, pos + 1);
      if (seen === pos) {
        const item = Atomics.load(items, s);
        Atomics.store(seq, s, 2 * (pos + capacity));   // free for the next lap
        return item;
      }
      pos = seen;
    } else if (dif < 0) {
      return EMPTY;
    } else {
      pos = Atomics.load(m, HEAD);
    }
  }
}`,
  message: `// No shared memory for the items: each producer holds one MessagePort per consumer.
// Producer: one message per item, round-robin; at most \`capacity\` may be in flight.
for (let seq = 0; seq < items; seq++) {
  if (credit === 0) await acks();            // "blocked on full": wait for consumers
  ports[next].postMessage({ t: 'item', item: encode(me, seq) });   // a copy
  next = (next + 1) % ports.length;
  credit--;
}
for (const port of ports) port.postMessage({ t: 'end' });

// Consumer: acknowledgements go back in chunks (one per item when a delay is set),
// each giving its producer that much credit again.
port.onmessage = ({ data }) => {
  if (data.t === 'item') inbox.push(data.item);
  else if (data.t === 'end') ends++;
};
function take(item) {
  if (++unacked[from] === ACK_EVERY) {
    ports[from].postMessage({ t: 'ack', n: unacked[from] });
    unacked[from] = 0;
  }
}`,
};

const SHUTDOWN_JS: Record<ShutdownPolicy, string> = {
  'empty-check': `// Consumer: the seed's loop. Checking and taking are two separate steps.
while (!q.isEmpty()) {                       // empty right now…
  take(q.get());                             // …is not the same as finished
}
// A producer that is still working puts its next item after this consumer has gone.`,
  sentinel: `// The last producer to finish puts one pill per consumer, after every item.
if (Atomics.add(m, PRODUCERS_DONE, 1) + 1 === producers) {
  for (let c = 0; c < consumers; c++) q.put(PILL);
}

// Consumer: block in get() and stop at the pill; each consumer takes exactly one.
for (;;) {
  const item = q.get();                      // sleeps while the queue is empty
  if (item === PILL) break;
  take(item);
}`,
  close: `// The last producer to finish marks the queue closed and wakes every consumer.
if (Atomics.add(m, PRODUCERS_DONE, 1) + 1 === producers) q.close();

// Consumer: get() returns CLOSED only when the queue is closed and empty.
for (;;) {
  const item = q.get();                      // sleeps while empty and open
  if (item === CLOSED) break;                // drained: nothing more can come
  take(item);
}`,
};

const MESSAGE_SHUTDOWN_JS: Record<ShutdownPolicy, string> = {
  'empty-check': `// Consumer: leave as soon as the inbox is empty after one turn of the event loop.
for (;;) {
  while (inbox.length > 0) take(inbox.shift());
  await nextTurn();
  if (inbox.length === 0) break;             // a slow producer's next item is still coming
}`,
  sentinel: `// Consumer: each producer's { t: 'end' } is its pill. A port delivers in order, so once
// every producer's end has arrived, so has every item.
for (;;) {
  while (inbox.length > 0) take(inbox.shift());
  if (ends === producers) break;
  await message();
}`,
  close: `// Consumer: the last { t: 'end' } closes the stream; drain the inbox, then stop.
for (;;) {
  while (inbox.length > 0) take(inbox.shift());
  if (ends === producers) break;
  await message();
}`,
};

export function jsCode(kind: QueueKind, shutdown: ShutdownPolicy): string {
  const end = kind === 'message' ? MESSAGE_SHUTDOWN_JS[shutdown] : SHUTDOWN_JS[shutdown];
  return `${KIND_JS[kind]}\n\n// ——— Shutdown ———\n${end}`;
}
