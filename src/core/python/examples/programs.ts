// The example programs as text: real .py files (CPython records their output from the same
// files), inlined by the bundler.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- tests compile without vite/client, so the .py?raw type comes from here
/// <reference path="./raw.d.ts" />
import barrier from '../fixtures/programs/example-barrier.py?raw';
import boundedBuffer from '../fixtures/programs/example-bounded-buffer.py?raw';
import counterNolock from '../fixtures/programs/example-counter-nolock.py?raw';
import counterSmall from '../fixtures/programs/example-counter-small.py?raw';
import diningPhilosophers from '../fixtures/programs/example-dining-philosophers.py?raw';
import lockOrder from '../fixtures/programs/example-lock-order.py?raw';
import lostUpdate from '../fixtures/programs/example-lost-update.py?raw';
import lostUpdateLock from '../fixtures/programs/example-lost-update-lock.py?raw';
import multiplex from '../fixtures/programs/example-multiplex.py?raw';
import postCounter from '../fixtures/programs/example-post-counter.py?raw';
import postQueue from '../fixtures/programs/example-post-queue.py?raw';
import queueSentinel from '../fixtures/programs/example-queue-sentinel.py?raw';
import readersWriters from '../fixtures/programs/example-readers-writers.py?raw';
import rendezvous from '../fixtures/programs/example-rendezvous.py?raw';
import sleepingBarber from '../fixtures/programs/example-sleeping-barber.py?raw';
import valueRace from '../fixtures/programs/example-value-race.py?raw';
import type { ExampleId } from './exampleIds.ts';

export const PROGRAMS: Record<ExampleId, string> = {
  'post-counter': postCounter,
  'post-queue': postQueue,
  'counter-small': counterSmall,
  'counter-nolock': counterNolock,
  'queue-sentinel': queueSentinel,
  'lost-update': lostUpdate,
  'lost-update-lock': lostUpdateLock,
  'value-race': valueRace,
  'rendezvous': rendezvous,
  'multiplex': multiplex,
  'barrier': barrier,
  'bounded-buffer': boundedBuffer,
  'readers-writers': readersWriters,
  'dining-philosophers': diningPhilosophers,
  'lock-order': lockOrder,
  'sleeping-barber': sleepingBarber,
};
