// The lessons: named experiments in the order a class takes them, each one a link with what happens,
// what to notice and what to try next. Pure data plus the link builder; no DOM.
import { decodeLink, encodeLink, LABS } from '../params/link.ts';
import { withView } from '../params/view.ts';
import { parseQuery } from '../shared/query.ts';

export interface LessonEnv {
  /** Logical cores of this machine (navigator.hardwareConcurrency), 0 when unknown. */
  readonly cores: number;
}

/** A suggestion; with a query, the page offers it as a link that applies those settings. */
export interface TryNext {
  readonly text: string;
  readonly query?: string | ((env: LessonEnv) => string);
}

export interface Lesson {
  readonly id: string;
  readonly part: LessonPart;
  readonly title: string;
  /** The lab's settings, as a query string (partial: the rest are the defaults). */
  readonly query: string | ((env: LessonEnv) => string);
  readonly happens: string;
  readonly notice: string;
  readonly tryNext: readonly TryNext[];
}

export type LessonPart = 'counter' | 'queue' | 'deadlock' | 'speed' | 'python';

export const PART_TITLES: Record<LessonPart, string> = {
  counter: 'One shared counter',
  queue: 'Passing work through a queue',
  deadlock: 'Waiting forever',
  speed: 'More threads, more speed?',
  python: 'Your own Python',
};

/** Twice the cores, within the Counter lab's 2 to 16 workers. */
export function oversubscribed(env: LessonEnv): number {
  const cores = env.cores > 0 ? env.cores : 4;
  return Math.min(16, Math.max(2, 2 * cores));
}

const SEED_COUNTER = 'lab=counter&workers=2&dirs=%2B-&iters=1000000';
const SEED_QUEUE = 'lab=queue&producers=1&consumers=1&items=10&produceMs=20&consumeMs=5';
const SWEEP = 'lab=scaling&modes=mutex%2Cspin%2Catomic%2Clocal&queues=&sharing=0';
// A longer hold (race window 200) makes a paused holder cost more: on a busy 2-core machine, 8
// workers measured the spinlock at 3.3–4.8 µs per update against the mutex's 0.9–1.0 µs.
const spinQuery = (sync: string) => (env: LessonEnv): string =>
  `lab=counter&workers=${oversubscribed(env)}&iters=20000&window=200&sync=${sync}`;

export const LESSONS: readonly Lesson[] = [
  {
    id: 'counter-lock',
    part: 'counter',
    title: 'Two workers, one lock',
    query: `${SEED_COUNTER}&sync=mutex`,
    happens:
      'Two workers share one counter. One adds 1 a million times, the other subtracts 1 a million times, and each holds a lock for its whole read, add and write. The counter ends at exactly 0, on every run.',
    notice:
      'Lock waits: how often a worker found the lock taken and had to wait for it. The lock makes the answer right by making the workers take turns, and the throughput shows what the turns cost.',
    tryNext: [
      { text: 'Run it a few more times: it is 0 every time.' },
      { text: 'Take the lock away.', query: `${SEED_COUNTER}&sync=none` },
    ],
  },
  {
    id: 'counter-no-lock',
    part: 'counter',
    title: 'The same counter, no lock',
    query: `${SEED_COUNTER}&sync=none`,
    happens:
      'The same two workers with nothing between them. The counter should end at 0. It ends somewhere else, and somewhere different on every run.',
    notice:
      'Lost updates: one worker read the counter, the other changed it, and the first wrote back a value computed from what it had read, erasing the other’s work. One worker adds and the other subtracts, so a lost +1 and a lost −1 cancel: the page shows the net error, and at least that many updates were lost. Nobody waits, so the throughput is higher, and wrong.',
    tryNext: [
      { text: 'Run it 20 times in a row and see the spread of final values.', query: 'lab=counter&workers=2&dirs=%2B-&iters=200000&sync=none&trials=20' },
      { text: 'Make the read, add and write one indivisible step with Atomics.add.', query: `${SEED_COUNTER}&sync=atomic` },
    ],
  },
  {
    id: 'lost-update',
    part: 'counter',
    title: 'A lost update, step by step',
    query: 'lab=counter&workers=2&dirs=%2B%2B&iters=4&sync=none&speed=slow',
    happens:
      'Both workers add 1, four times each, slowly enough to draw every read and every write. The counter should reach 8.',
    notice:
      'Watch for two reads of the same value: both workers then write the same sum, and one of the two additions is gone. The event log marks the write that was overwritten.',
    tryNext: [
      { text: 'Press Pause, then Step (or the → key) to move one step at a time.' },
      {
        text: 'Give each worker a lock around its read and write, and watch them take turns.',
        query: 'lab=counter&workers=2&dirs=%2B%2B&iters=4&sync=mutex&speed=slow',
      },
    ],
  },
  {
    id: 'split-lock',
    part: 'counter',
    title: 'A lock on the read and one on the write is not enough',
    query: `${SEED_COUNTER}&sync=split`,
    happens:
      'Each worker takes the lock to read the counter and lets it go, then takes it again to write. Every single access is protected, and updates are still lost.',
    notice:
      'The race lives in the gap between the two locked sections: the other worker reads and writes there. Python’s `counter.value += 1` on a shared Value behaves the same way: the read and the write each take the lock, the sum in between does not.',
    tryNext: [
      { text: 'Lock the whole read, add and write instead.', query: `${SEED_COUNTER}&sync=mutex` },
      {
        text: 'Watch the gap in slow motion.',
        query: 'lab=counter&workers=2&dirs=%2B%2B&iters=4&sync=split&speed=slow',
      },
    ],
  },
  {
    id: 'spin-collapse',
    part: 'counter',
    title: 'A spinlock with more workers than cores',
    query: spinQuery('spin'),
    happens:
      'A spinlock is exact, like the mutex, but a worker waiting for it never sleeps: it tries again and again. Here there are twice as many workers as this machine has cores, and each holds the lock for a longer stretch of work (a race window of 200), so the system will sometimes pause the worker that holds it while the others spend their turns spinning.',
    notice:
      'The throughput and the compare-exchange retries. Then run the mutex with the same workers: waiting workers sleep and give their core to the one that holds the lock. How far the spinlock falls behind depends on the machine and on how busy it is: on a quiet machine with the default race window it may keep up.',
    tryNext: [
      { text: 'The same workers with a mutex.', query: spinQuery('mutex') },
      { text: 'Set Workers to the number of cores in the header, or fewer: the spinlock catches up, and may even win.' },
    ],
  },
  {
    id: 'empty-check',
    part: 'queue',
    title: 'Stop when the queue looks empty',
    query: `${SEED_QUEUE}&shutdown=empty-check`,
    happens:
      'One producer puts 10 items and rests 20 ms after each. The consumer takes an item, rests 5 ms, and stops as soon as it finds the queue empty, which happens almost at once because the producer is slower.',
    notice:
      'Consumed: 1 of 10, or even none if the consumer looked before the first put. The consumer checked (“empty”) and then acted (“quit”), but by the time it acted the answer was stale: a check-then-act race. The other items are left behind.',
    tryNext: [
      { text: 'Make the producer faster than the consumer: now the outcome depends on timing.', query: 'lab=queue&producers=1&consumers=1&items=10&produceMs=0&consumeMs=5&shutdown=empty-check' },
      { text: 'Fix it with a poison pill.', query: `${SEED_QUEUE}&shutdown=sentinel` },
    ],
  },
  {
    id: 'poison-pill-fix',
    part: 'queue',
    title: 'The fix: a poison pill',
    query: `${SEED_QUEUE}&shutdown=sentinel`,
    happens:
      'When the producer has put its last item it puts one more, a pill that means “no more work”. The consumer no longer asks whether the queue is empty: it blocks until something arrives, and stops when that something is the pill.',
    notice:
      'All 10 items consumed, none left. Blocked on empty counts the times the consumer waited for the slow producer: here, waiting is the right thing to do.',
    tryNext: [
      { text: 'Close the queue instead: a flag, and consumers drain what is left before they stop.', query: `${SEED_QUEUE}&shutdown=close` },
    ],
  },
  {
    id: 'backpressure',
    part: 'queue',
    title: 'Backpressure on a small queue',
    query: 'lab=queue&producers=2&consumers=1&capacity=2&items=100&produceMs=0&consumeMs=10&shutdown=sentinel',
    happens:
      'Two fast producers and one slow consumer share a queue with room for 2 items. The queue fills at once, and from then on the producers spend most of their time blocked, waiting for room.',
    notice:
      'Items in the queue stays at the top of its chart, Blocked on full keeps growing, and the throughput is the consumer’s pace, about 100 items a second. A bounded queue slows the producers down instead of letting work pile up in memory.',
    tryNext: [
      {
        text: 'Give the queue room for 1,000 items: the producers finish at once, and the run takes just as long.',
        query: 'lab=queue&producers=2&consumers=1&capacity=1000&items=100&produceMs=0&consumeMs=10&shutdown=sentinel',
      },
      {
        text: 'Add two consumers: the throughput triples.',
        query: 'lab=queue&producers=2&consumers=3&capacity=2&items=100&produceMs=0&consumeMs=10&shutdown=sentinel',
      },
    ],
  },
  {
    id: 'poison-pills',
    part: 'queue',
    title: 'One pill per consumer',
    query: 'lab=queue&producers=2&consumers=3&capacity=4&items=20&produceMs=10&consumeMs=15&shutdown=sentinel',
    happens:
      'Two producers and three consumers. A pill stops one consumer, so the last producer to finish puts three of them, after every real item.',
    notice:
      'In the Per worker table every consumer ended because it took its pill, and a producer’s row says how many pills it put. One pill too few and a consumer waits forever; one too many and a pill is left in the queue.',
    tryNext: [
      {
        text: 'Four consumers: four pills.',
        query: 'lab=queue&producers=2&consumers=4&capacity=4&items=20&produceMs=10&consumeMs=15&shutdown=sentinel',
      },
      {
        text: 'Close the queue instead: one flag stops every consumer, once the queue is drained.',
        query: 'lab=queue&producers=2&consumers=3&capacity=4&items=20&produceMs=10&consumeMs=15&shutdown=close',
      },
    ],
  },
  {
    id: 'deadlock',
    part: 'deadlock',
    title: 'Two locks, taken in opposite orders',
    query: 'lab=explore&scenario=two-locks',
    happens:
      'Thread T1 takes lock a, then lock b; thread T2 takes lock b, then lock a. If each gets its first lock before the other asks for its second, both wait for ever.',
    notice:
      'The Explorer tries every interleaving and finds the ones that deadlock, with the schedule that leads there and a wait-for graph: T1 waits for T2, T2 waits for T1, a cycle.',
    tryNext: [
      { text: 'Make both threads take a before b: no cycle can form, and the deadlock is gone.', query: 'lab=explore&scenario=two-locks&fixed=1' },
    ],
  },
  {
    id: 'scaling-curve',
    part: 'speed',
    title: 'One shared counter does not scale',
    query: SWEEP,
    happens:
      'The lab counts with 1 worker, then 2, then 3, up to twice as many workers as this machine has cores, each way for a fifth of a second, and draws how many additions per second all the workers managed together.',
    notice:
      'Counting locally grows with the workers until they run out of cores: nothing is shared. Atomics.add and the mutex stay flat or fall, because every addition needs the one cache line that holds the counter, one core at a time. Past the line marked cores, the spinlock may drop: when the system pauses the worker holding it, the others spin until it runs again.',
    tryNext: [
      { text: 'Add the queue kinds: the lock-free rings against the lock and the messages.', query: `${SWEEP}&queues=locked%2Cspsc%2Cmpmc%2Cmessage` },
      { text: 'Give each point a whole second, for steadier numbers.', query: `${SWEEP}&ms=1000` },
    ],
  },
  {
    id: 'false-sharing',
    part: 'speed',
    title: 'Nothing shared, and still slow',
    query: 'lab=scaling&modes=&queues=&sharing=1',
    happens:
      'Every worker adds to a counter of its own and never touches another worker’s. Once the counters sit side by side in memory; once each is padded to 64 bytes, the cache line size of most x86 and ARM processors.',
    notice:
      'The ratio under the chart. Side by side, the counters share one cache line, and the cores pass that line back and forth on every addition, although no worker ever reads another’s counter. Padding gives each counter a line of its own, and the workers stop getting in each other’s way. (Where lines are 128 bytes, as on Apple’s M-series, padded counters still share in pairs and the gap is smaller.)',
    tryNext: [
      { text: 'Put one shared Atomics.add counter beside them: true sharing costs about as much as false sharing.', query: 'lab=scaling&modes=atomic&queues=&sharing=1' },
      { text: 'Give each point a whole second and run it again: the ratio repeats, because it belongs to this processor.', query: 'lab=scaling&modes=&queues=&sharing=1&ms=1000' },
    ],
  },
  {
    id: 'python-queue',
    part: 'python',
    title: 'The post’s queue, in Python',
    query: 'lab=python&example=post-queue',
    happens:
      'The post’s producer and consumer as published, run by the Python lab’s interpreter: the producer puts ten items a second apart, the consumer takes items while the queue is not empty. Time is virtual, so the ten seconds pass at once.',
    notice:
      'Explore all finds three endings and none of them consumes more than one item: the consumer’s second look at the queue comes half a second in, before the producer’s second put, so it sees an empty queue and stops. Asking “is it empty?” and then acting is two steps.',
    tryNext: [
      { text: 'Open the fix: the consumer waits with get() until an end marker arrives.', query: 'lab=python&example=queue-sentinel' },
      { text: 'Step it yourself: Step T3 (the consumer) before T2 (the producer) has put anything.', query: 'lab=python&example=post-queue' },
    ],
  },
  {
    id: 'python-gil',
    part: 'python',
    title: 'x += 1 with and without the GIL',
    query: 'lab=python&example=lost-update',
    happens:
      'Two threads each add 1 to a global twice. Every switch model of the lab runs the same CPython 3.12 instructions; the model says where one thread may lose the processor to another.',
    notice:
      'Under every instruction (free-threaded CPython), Explore all finds 2, 3 and 4: a thread can be switched out between LOAD_GLOBAL x and STORE_GLOBAL x. Under the GIL, switches happen only at calls, function starts and loop jumps, none of them inside x += 1, so every schedule prints 4. That is luck of the implementation, not a promise.',
    tryNext: [
      { text: 'The same program under the GIL model.', query: 'lab=python&example=lost-update&switch=gil' },
      { text: 'Value.value += 1 under the GIL: its getter and setter are calls, so it races anyway.', query: 'lab=python&example=value-race&switch=gil' },
    ],
  },
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export function isLesson(id: string): boolean {
  return lessonById(id) !== undefined;
}

/** The lab a query string opens (from its `lab` key; the first lab, as a link without one opens, when it has none). */
export function labOf(query: string): string {
  const first: string = LABS[0] ?? '';
  try {
    return parseQuery(query).get('lab')?.trim().toLowerCase() ?? first;
  } catch {
    return first;
  }
}

/**
 * The full, canonical query of a settings query: every setting spelled out with the link version,
 * so that the lesson opens the same experiment even if a default changes. A lab this build does not
 * have keeps its query as written.
 */
export function canonicalQuery(query: string): string {
  if (!(LABS as readonly string[]).includes(labOf(query))) return query;
  return encodeLink(decodeLink(query).settings);
}

function resolve(query: string | ((env: LessonEnv) => string), env: LessonEnv): string {
  return typeof query === 'function' ? query(env) : query;
}

/** The link (query string, no '?') that opens a lesson: its settings and its id. */
export function lessonLink(lesson: Lesson, env: LessonEnv): string {
  return withView(canonicalQuery(resolve(lesson.query, env)), { embed: false, lesson: lesson.id });
}

/** The link of a "try next" suggestion, still inside its lesson; null when it is only words. */
export function tryLink(lesson: Lesson, t: TryNext, env: LessonEnv): string | null {
  if (t.query === undefined) return null;
  return withView(canonicalQuery(resolve(t.query, env)), { embed: false, lesson: lesson.id });
}

/** The lab settings of a lesson alone (no lesson id): what "Back to the lesson's settings" compares with. */
export function lessonSettingsQuery(lesson: Lesson, env: LessonEnv): string {
  return canonicalQuery(resolve(lesson.query, env));
}
