// The Scaling lab's words: what to notice in the charts and what to try next.

export interface TeachPoint {
  readonly title: string;
  readonly text: string;
}

export const NOTICE: readonly TeachPoint[] = [
  {
    title: 'The spinlock may fall past the cores',
    text: 'Up to the dashed line every worker has a core, and a waiting worker spins only while the holder works. Past it, the system can pause a worker that holds the lock; the others then spin through whole time slices for a lock nobody can release. How far the line falls depends on the machine: this spinlock backs off between tries, and on a quiet machine it can stay level with the mutex at twice the cores. More workers, a longer hold (the Counter lab’s race window) and a busy machine all make the fall deeper.',
  },
  {
    title: 'The mutex plateaus',
    text: 'Only one worker at a time is inside the lock, and waiting workers sleep instead of spinning. Adding workers adds waiting, not work: after the first drop (the lock’s cache line starts travelling between cores), the line stays about flat.',
  },
  {
    title: 'Counting locally scales',
    text: 'Each worker counts in a variable of its own and touches shared memory once, at the end. Throughput grows about in step with the workers until the cores run out; past the dashed line there is nothing left to add.',
  },
  {
    title: 'False sharing: nothing shared, yet slow',
    text: 'Adjacent counters sit 4 bytes apart, so many of them share one cache line. No worker reads another’s counter, but a core must hold the whole line to write any of it, so the line bounces from core to core on every add. Padded to 64 bytes, each counter has a line of its own on most x86 and ARM processors. Not everywhere: Apple’s M-series have 128-byte lines, and Intel’s adjacent-line prefetcher fetches 64-byte lines in pairs, which is why some libraries pad to 128 bytes.',
  },
];

export const MACHINE_NOTE =
  'Every number here is measured now, on this machine: the cores, the processor, power saving, other tabs and the browser’s scheduling all move it. Run the sweep twice: the shapes repeat far better than the numbers.';

export const TRY_THIS: readonly string[] = [
  'Set Up to workers to four times the cores and watch the spinlock and the mutex past the dashed line.',
  'Compare the lock-free MPMC queue with the lock-based one at the same number of workers, then with MessageChannel.',
  'Run with 50 ms and then 1000 ms per point: which lines keep their shape?',
  'Copy the link and open it on another machine (a phone, a many-core desktop): the same sweep, other curves.',
];
