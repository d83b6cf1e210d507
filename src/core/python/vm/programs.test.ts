// End to end: every single-threaded fixture program prints, on stdout and stderr, exactly what
// CPython 3.12 printed, run by the eval loop with the real builtins.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureSource } from '../../../testing/pythonFixtures.ts';
import { BUILTINS } from '../values/index.ts';
import type { PyValue } from '../values/types.ts';
import { runOnHost } from './testing/host.ts';


/** Programs that need the machine (threads, processes, the library) are run by its own tests. */
const NEEDS_MACHINE = /^\s*(import|from)\s+(threading|multiprocessing|queue|time|collections)\b/m;

const programs = readdirSync(join(FIXTURES, 'recorded'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, 'recorded', f), 'utf8')) as { program: string; stdout: string; stderr: string })
  .map((rec) => ({ ...rec, source: fixtureSource(rec.program) }))
  .filter((p) => !NEEDS_MACHINE.test(p.source));

describe('fixture programs against CPython 3.12, one thread, real builtins', () => {
  it('has programs to run', () => {
    expect(programs.length).toBeGreaterThan(5);
  });
  for (const p of programs) {
    it(`prints what CPython printed for ${p.program}`, () => {
      const run = runOnHost(p.source, { filename: p.program, builtins: new Map<string, PyValue>(BUILTINS) });
      expect(run.stdout).toBe(p.stdout);
      expect(run.stderr).toBe(p.stderr);
    });
  }
});
