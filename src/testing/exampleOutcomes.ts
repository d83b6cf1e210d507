// Explores the Python examples and compares what Explore all finds with the outcome sets worked out by
// hand beside each program, for the example tests split over files so that test workers share them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../core/python/compile/compile.ts';
import { EXAMPLES } from '../core/python/examples/examples.ts';
import { makeEngine } from '../core/python/runtime/engine.ts';
import { explore } from '../core/python/runtime/search.ts';
import type { SwitchModel } from '../core/python/runtime/types.ts';
import { BUILTINS } from '../core/python/values/builtins.ts';

const engine = makeEngine(BUILTINS);
const RECORDED = join(import.meta.dirname, '..', 'core', 'python', 'fixtures', 'recorded');

/**
 * The examples whose exploration takes most of the time (tens of thousands of states each), in two
 * files of about 30 s each on a quiet 2-core machine (`*.slow.test.ts`, which Vitest starts first):
 * one test worker explores each while the other files share what is left.
 */
export const SLOW_EXAMPLES: readonly ReadonlySet<string>[] = [
  new Set(['readers-writers', 'sleeping-barber', 'bounded-buffer', 'barrier']),
  new Set(['multiplex', 'dining-philosophers']),
];

/** Whether `id` is in none of the slow files. */
export function isQuickExample(id: string): boolean {
  return SLOW_EXAMPLES.every((part) => !part.has(id));
}

function found(source: string, model: SwitchModel): { outcomes: string[]; complete: boolean } {
  const c = compile(source, { filename: 'main.py' });
  if (!c.ok) throw new Error(c.errors[0]?.message);
  const run = explore(c.code, { switch: model, quantum: 20, stepBudget: 200_000, seed: 1 }, engine, { maxStates: 200_000, sliceStates: 10_000 });
  for (;;) {
    const r = run.next();
    if (r.done) return { outcomes: r.value.outcomes.map((o) => `${o.outcome.end}: ${o.outcome.stdout}`).sort(), complete: r.value.complete };
  }
}

/**
 * CPython's print writes its text and its `end` as two writes, and another thread's output can
 * fall between them; the lab's print is one step. The post's queue program showed that once while
 * it was recorded ("Consumed: 0Produced: 0" then two newlines), so its recorded output is left out.
 */
const PRINT_SPLIT = new Set(['post-queue']);

/** The checks for every example whose id passes `which`. */
export function describeExampleOutcomes(which: (id: string) => boolean): void {
  describe('each example’s outcomes, explored, are the ones worked out by hand', () => {
    for (const e of EXAMPLES) {
      const sets = e.outcomes;
      if (sets === undefined || !which(e.id)) continue;
      for (const model of ['every', 'gil'] as const) {
        const want = sets[model];
        if (want === undefined) continue;
        it(`${e.id} under ${model}`, { timeout: 600_000 }, () => {
          const got = found(e.source, model);
          expect(got.complete).toBe(true);
          expect(got.outcomes).toEqual(want.map((o) => `${o.end}: ${o.stdout}`).sort());
        });
      }
      if (!PRINT_SPLIT.has(e.id)) {
        it(`${e.id}: what CPython printed is one of them`, () => {
          const cpython = JSON.parse(readFileSync(join(RECORDED, `example-${e.id}.json`), 'utf8')) as { stdout: string; exit: number | null };
          const all = [...sets.every, ...(sets.gil ?? [])].map((o) => `${o.end}: ${o.stdout}`);
          expect(all).toContain(`${cpython.exit === 0 ? 'finished' : 'error'}: ${cpython.stdout.trimEnd()}`);
        });
      }
    }
  });
}
