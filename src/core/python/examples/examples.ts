// Every example of the Python lab, in the order the lab lists them. Loads with the lab.
import { CLASSIC_EXAMPLES } from './classicExamples.ts';
import { DEFAULT_EXAMPLE, type ExampleId } from './exampleIds.ts';
import { POST_EXAMPLES } from './postExamples.ts';
import { PROGRAMS } from './programs.ts';
import { RACE_EXAMPLES } from './raceExamples.ts';
import type { PythonExample } from './types.ts';

export const EXAMPLES: readonly PythonExample[] = [...POST_EXAMPLES, ...RACE_EXAMPLES, ...CLASSIC_EXAMPLES].map((e) => ({
  ...e,
  source: PROGRAMS[e.id],
}));

export function exampleById(id: ExampleId): PythonExample {
  return EXAMPLES.find((e) => e.id === id) ?? EXAMPLES.find((e) => e.id === DEFAULT_EXAMPLE)!;
}

export type { ExpectedOutcome, OutcomeEnd, PythonExample } from './types.ts';
