// What an example is: a program, the words around it, and the outcomes a learner should find.
// Pure data, no DOM.
import type { ExampleId } from './exampleIds.ts';

/** How a schedule ended, as the lab's outcome elements name it (`data-end`). */
export type OutcomeEnd = 'finished' | 'deadlock' | 'error' | 'budget';

/** One distinct outcome: what the program printed to stdout (trailing whitespace trimmed) and how it ended. */
export interface ExpectedOutcome {
  readonly stdout: string;
  readonly end: OutcomeEnd;
}

export interface PythonExample {
  readonly id: ExampleId;
  readonly title: string;
  readonly source: string;
  /** What to notice, in a sentence or two. */
  readonly notice: string;
  /** One change worth making, and what it does. */
  readonly tryThis: string;
  /** The outcome a learner should see, in words. */
  readonly expect: string;
  /**
   * Every outcome Explore all reaches, worked out by hand from the program, under the `every`
   * switch model and (where it differs or is the point) under `gil`. Absent for a program too
   * large to explore.
   */
  readonly outcomes?: {
    readonly every: readonly ExpectedOutcome[];
    readonly gil?: readonly ExpectedOutcome[];
  };
}

/** An example as written beside its program. */
export type ExampleText = Omit<PythonExample, 'source'>;

export const finished = (...stdouts: string[]): ExpectedOutcome[] => stdouts.map((stdout) => ({ stdout, end: 'finished' }));
