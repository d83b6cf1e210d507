// The words RaceLab uses, each with one meaning: the glossary the lessons page shows and the README
// repeats (glossary.test.ts keeps both, and every lab's text, to these meanings). Pure data; no DOM.

export interface Term {
  /** Anchor id on the page. */
  readonly id: string;
  readonly term: string;
  readonly meaning: string;
}

export const GLOSSARY: readonly Term[] = [
  {
    id: 'atomic',
    term: 'Atomic',
    meaning:
      'Done as one indivisible step: no other thread sees it half done. Each single Atomics.load, Atomics.store, Atomics.add or compare-exchange is atomic; a read, an add and a write in a row are not, even when each of the three is.',
  },
  {
    id: 'plain',
    term: 'Plain access',
    meaning:
      'A typed-array read or write without Atomics (m[x] = 1). The Litmus lab races plain accesses; the Counter lab never uses them: its racy modes read and write with Atomics, and what is not atomic there is the update as a whole.',
  },
  {
    id: 'race-window',
    term: 'Race window',
    meaning:
      'The work a worker does between reading a shared value and writing back what it computed from it. The Counter lab’s Race window setting adds busy work there: the wider the window, the likelier another worker writes in between.',
  },
  {
    id: 'lost-update',
    term: 'Lost update',
    meaning:
      'An update that vanished: a worker wrote back a value computed from a read that another worker’s write had already made stale, and so erased that write. When every worker adds the same way the page counts them exactly (expected minus actual); when some add and some subtract, a lost +1 and a lost −1 cancel, and the page shows the net error, the least number of updates that were lost.',
  },
  {
    id: 'data-race',
    term: 'Data race',
    meaning:
      'Two threads access the same memory at the same time, at least one of them writes, and not both accesses are atomic. JavaScript and C++ then allow surprising results (see the Litmus lab); a lost update needs no data race, only an update that is not atomic as a whole.',
  },
  {
    id: 'check-then-act',
    term: 'Check-then-act',
    meaning:
      'Deciding on something you looked at a moment ago (“the queue is empty, so I stop”; “the flag is free, so I take it”) when another thread can change it in between. The check is true when made and stale when acted on.',
  },
  {
    id: 'lock',
    term: 'Lock (mutex)',
    meaning:
      'Lets one thread at a time into a critical section. A thread that finds it taken waits: the page’s mutex sleeps (Atomics.wait), its spinlock keeps trying (compare-exchange in a loop). Python: threading.Lock, or the lock of a multiprocessing.Value.',
  },
  {
    id: 'compare-exchange',
    term: 'Compare-exchange',
    meaning:
      'An atomic “if the word still holds what I saw, put this in it; tell me what it held”: Atomics.compareExchange in JavaScript, compare_exchange_strong in C++, compare_exchange in Rust. Python has no such operation on a variable.',
  },
  {
    id: 'condition-variable',
    term: 'Condition variable',
    meaning:
      'Where a thread holding a lock sleeps until another says something changed (“not full”, “not empty”); waiting lets go of the lock. queue.Queue has three: not_empty, not_full and all_tasks_done (for join()).',
  },
  {
    id: 'message-passing',
    term: 'Message passing (litmus test)',
    meaning:
      'The Litmus lab’s test in which one thread writes a message and then a flag, and the other reads the flag and then the message. Not to be confused with the Queue lab’s MessageChannel kind.',
  },
  {
    id: 'messagechannel',
    term: 'MessageChannel (queue kind)',
    meaning:
      'The Queue lab’s kind without shared memory: each item is copied into a message of its own and posted to a consumer’s port; consumers send acknowledgements back so that a producer never has more than the capacity in flight. The baseline the shared-memory queues are measured against.',
  },
  {
    id: 'sentinel',
    term: 'Poison pill (sentinel)',
    meaning: 'A value that is not an item and means “no more items”: one per consumer, put after every real item.',
  },
  {
    id: 'backpressure',
    term: 'Backpressure',
    meaning: 'A full bounded queue making producers wait, so that they slow down to the consumers’ pace instead of piling work up in memory.',
  },
  {
    id: 'cache-line',
    term: 'Cache line',
    meaning:
      'The block of memory a core’s cache holds and passes to other cores as a whole: 64 bytes on most x86 and ARM processors, 128 on Apple’s M-series; Intel’s adjacent-line prefetcher also fetches 64-byte lines in pairs. To write any byte of a line, a core must hold the whole line.',
  },
  {
    id: 'false-sharing',
    term: 'False sharing',
    meaning: 'Threads that write different variables lying on one cache line slow each other down, although none reads what another writes: the line travels between their cores on every write.',
  },
  {
    id: 'gil',
    term: 'GIL',
    meaning:
      'CPython’s global interpreter lock: one thread at a time runs Python code in a process. From 3.10 to 3.13 a thread is switched out only where a Python function starts, where a loop jumps back, or where it blocks, so many threaded races (x = counter; counter = x + 1) rarely or never show there, while CPython 3.9, free-threaded builds (3.13t) and processes show them. The GIL does not make a read-modify-write atomic: counter.value += 1 on a multiprocessing.Value is a read and a write, two calls.',
  },
];

/** The glossary as the README prints it (between its glossary markers). */
export function glossaryMarkdown(): string {
  return GLOSSARY.map((t) => `- **${t.term}**: ${t.meaning}`).join('\n');
}
