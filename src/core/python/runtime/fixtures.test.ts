// Threaded fixture programs on the machine against CPython 3.12: what a schedule prints, on stdout
// and stderr, is what CPython printed, for every program whose output no schedule can change
// (the recorded fixtures that use the library, and the examples whose every schedule agrees; the
// post's counter, 40 million instructions a schedule, is the bench's to run and check).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PROGRAMS, FIXTURES, fixtureSource } from '../../../testing/pythonFixtures.ts';
import { compile } from '../compile/compile.ts';
import { EXAMPLES } from '../examples/examples.ts';
import { BUILTINS } from '../values/builtins.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import { makeEngine } from './engine.ts';
import type { SwitchModel } from './types.ts';

const USES_LIBRARY = /^\s*(import|from)\s+(threading|multiprocessing|queue|time|collections)\b/m;

interface Recorded {
  readonly program: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number | null;
}

function recorded(program: string): Recorded {
  return JSON.parse(readFileSync(join(FIXTURES, 'recorded', program.replace(/\.py$/, '.json')), 'utf8')) as Recorded;
}

/** Examples whose every schedule prints one thing: each has a single outcome, under every model listed. */
const agreeing = new Set(EXAMPLES.filter((e) => e.outcomes?.every.length === 1 && e.outcomes.every[0]!.end === 'finished').map((e) => `example-${e.id}.py`));

const programs = FIXTURE_PROGRAMS
  .map((program) => ({ program, source: fixtureSource(program) }))
  .filter((p) => USES_LIBRARY.test(p.source) && (!p.program.startsWith('example-') || agreeing.has(p.program)));

function run(program: string, source: string, model: SwitchModel, seed: number): { stdout: string; stderr: string; end: string } {
  const c = compile(source, { filename: program });
  if (!c.ok) throw new Error(`${program}: ${c.errors[0]?.message}`);
  const engine = makeEngine(BUILTINS);
  const m = createMachine(c.code, { switch: model, quantum: 5, stepBudget: 100_000_000, seed }, engine);
  const r = runSchedule(m, randomChooser(seed));
  return { stdout: m.stdout, stderr: m.stderr, end: r.outcome.end };
}

describe('threaded programs on the machine print what CPython 3.12 printed', () => {
  it('has the library fixtures and the examples that always agree', () => {
    expect(programs.map((p) => p.program)).toEqual(expect.arrayContaining(['lock_counter.py', 'thread_error.py', 'imports.py', 'example-counter-small.py', 'example-queue-sentinel.py', 'example-barrier.py']));
    // One correctly synchronised program per library class the lab models, recorded from CPython.
    const perClass = ['rlock', 'condition', 'semaphore', 'event', 'barrier', 'queue', 'deque', 'process'];
    expect(programs.map((p) => p.program)).toEqual(expect.arrayContaining(perClass.map((c) => `sync_${c}.py`)));
  });
  for (const p of programs) {
    const want = recorded(p.program);
    const schedules: [SwitchModel, number][] = [['every', 1], ['every', 2], ['gil', 3], ['timer', 4]];
    it(p.program, () => {
      for (const [model, seed] of schedules) {
        const got = run(p.program, p.source, model, seed);
        expect(got.stdout, `${model}, seed ${seed}`).toBe(want.stdout);
        expect(got.stderr, `${model}, seed ${seed}`).toBe(want.stderr);
        expect(got.end).toBe(want.exit === 0 ? 'finished' : 'error');
      }
    });
  }
});
