// The example programs as text: real .py files (CPython records their output from the same
// files), inlined by the bundler, and the examples derived from one of them (variants.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- tests compile without vite/client, so the .py?raw type comes from here
/// <reference path="./raw.d.ts" />
import barrier from '../fixtures/programs/example-barrier.py?raw';
import boundedBuffer from '../fixtures/programs/example-bounded-buffer.py?raw';
import diningPhilosophers from '../fixtures/programs/example-dining-philosophers.py?raw';
import lockOrder from '../fixtures/programs/example-lock-order.py?raw';
import lostUpdate from '../fixtures/programs/example-lost-update.py?raw';
import multiplex from '../fixtures/programs/example-multiplex.py?raw';
import postCounter from '../fixtures/programs/example-post-counter.py?raw';
import postQueue from '../fixtures/programs/example-post-queue.py?raw';
import readersWriters from '../fixtures/programs/example-readers-writers.py?raw';
import rendezvous from '../fixtures/programs/example-rendezvous.py?raw';
import sleepingBarber from '../fixtures/programs/example-sleeping-barber.py?raw';
import { EXAMPLE_IDS, type ExampleId } from './exampleIds.ts';
import { programText } from './variants.ts';

/** The examples that are files of their own, by fixture name. */
const FILES: Readonly<Record<string, string>> = {
  'example-post-counter': postCounter,
  'example-post-queue': postQueue,
  'example-lost-update': lostUpdate,
  'example-rendezvous': rendezvous,
  'example-multiplex': multiplex,
  'example-barrier': barrier,
  'example-bounded-buffer': boundedBuffer,
  'example-readers-writers': readersWriters,
  'example-dining-philosophers': diningPhilosophers,
  'example-lock-order': lockOrder,
  'example-sleeping-barber': sleepingBarber,
};

function file(name: string): string {
  const text = FILES[name];
  if (text === undefined) throw new Error(`no example program ${name}.py`);
  return text;
}

export const PROGRAMS = Object.fromEntries(EXAMPLE_IDS.map((id) => [id, programText(`example-${id}`, file)])) as Record<ExampleId, string>;
