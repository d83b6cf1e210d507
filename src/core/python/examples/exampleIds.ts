// The Python lab's example ids, apart from their programs: the link decoder needs only these, and
// the programs load with the lab. Pure data, no DOM.

export const EXAMPLE_IDS = [
  'post-counter',
  'post-queue',
  'counter-small',
  'counter-nolock',
  'queue-sentinel',
  'lost-update',
  'lost-update-lock',
  'value-race',
  'rendezvous',
  'multiplex',
  'barrier',
  'bounded-buffer',
  'readers-writers',
  'dining-philosophers',
  'lock-order',
  'sleeping-barber',
] as const;

export type ExampleId = (typeof EXAMPLE_IDS)[number];

/** The program a link without one opens, and the fallback for a link whose program cannot be read. */
export const DEFAULT_EXAMPLE: ExampleId = 'post-queue';

export function isExampleId(id: string): id is ExampleId {
  return (EXAMPLE_IDS as readonly string[]).includes(id);
}
