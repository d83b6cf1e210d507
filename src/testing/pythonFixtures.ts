// The Python fixture programs as the tests read them: every program CPython recorded, by its file
// name, with its text (a .py file of its own, or an example derived from another: variants.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { programText, VARIANTS } from '../core/python/examples/variants.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'core', 'python', 'fixtures');
const PROGRAMS = join(FIXTURES, 'programs');

/** Every fixture program's file name (`lock_counter.py`), files and variants alike, sorted. */
export const FIXTURE_PROGRAMS: readonly string[] = [
  ...readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')),
  ...Object.keys(VARIANTS).map((name) => `${name}.py`),
].sort();

/** The text of fixture program `program` (`example-counter-small.py`). */
export function fixtureSource(program: string): string {
  return programText(program.replace(/\.py$/, ''), (name) => readFileSync(join(PROGRAMS, `${name}.py`), 'utf8'));
}
