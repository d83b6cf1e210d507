// The app suite's experiments: full-speed runs of every lab with workers = cores − 1, and short runs
// repeated to time a second run's start.

/** The links' own limits (README "Links"): more cores than these still run at the maximum. */
const MAX_COUNTER_WORKERS = 16;
const MAX_QUEUE_SIDE = 8;

/**
 * Workers of a full-speed run: one core is left for the page. The queue needs at least one producer
 * and one consumer, so on 2 cores it runs 1P1C, two workers.
 */
export function workerCounts(cores) {
  const workers = Math.min(MAX_COUNTER_WORKERS, Math.max(1, cores - 1));
  const queueTotal = Math.max(2, cores - 1);
  const producers = Math.min(MAX_QUEUE_SIDE, Math.floor(queueTotal / 2));
  const consumers = Math.min(MAX_QUEUE_SIDE, queueTotal - Math.floor(queueTotal / 2));
  return { workers, producers, consumers };
}

/**
 * Each run is asked for more work than the bench watches (it presses Stop at the plan's run time),
 * so what is measured is the page while its workers go flat out: one racy and one exact mode per
 * lab, the Litmus lab's plain store buffering.
 */
export function fullSpeedRuns(cores) {
  const { workers, producers, consumers } = workerCounts(cores);
  const counter = (sync) => ({
    lab: 'counter',
    mode: sync,
    workers,
    query: `?lab=counter&workers=${workers}&iters=100000000&sync=${sync}`,
  });
  const queue = (kind) => ({
    lab: 'queue',
    mode: kind,
    workers: producers + consumers,
    query: `?lab=queue&producers=${producers}&consumers=${consumers}&items=10000000&queue=${kind}`,
  });
  return [
    counter('none'),
    counter('mutex'),
    queue('mpmc'),
    queue('locked'),
    { lab: 'litmus', mode: 'sb plain', workers: 2, query: '?lab=litmus&test=sb&access=plain&iters=100000000' },
    scalingSweep(cores),
  ];
}

/**
 * A Scaling sweep over every counter mode that holds, three queue kinds and false sharing, from 1
 * worker up to cores − 1: one point after another, each starting and ending its workers while the
 * page draws the charts as the points arrive. A queue point needs 2 workers, so on 2 cores the
 * sweep has none.
 */
function scalingSweep(cores) {
  const upto = Math.min(MAX_COUNTER_WORKERS, Math.max(1, cores - 1));
  return {
    lab: 'scaling',
    mode: 'sweep',
    workers: `1–${upto}`,
    query: `?lab=scaling&modes=mutex,spin,atomic,local&queues=locked,mpmc,message&sharing=1&upto=${upto}&ms=400`,
  };
}

/** Short runs, each pressed again once the last has ended: the first loads the pool, the others reuse it. */
export function restartRuns(cores) {
  const { workers, producers, consumers } = workerCounts(cores);
  return [
    { lab: 'counter', workers, query: `?lab=counter&workers=${workers}&iters=1000000&sync=atomic` },
    {
      lab: 'queue',
      workers: producers + consumers,
      query: `?lab=queue&producers=${producers}&consumers=${consumers}&items=100000&queue=mpmc`,
    },
  ];
}
