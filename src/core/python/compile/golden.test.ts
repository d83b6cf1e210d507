// Golden listings: every fixture program compiles to CPython 3.12's `dis` instruction for
// instruction where shared state is touched, and whole code objects, lines included, match
// except where noted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureSource } from '../../../testing/pythonFixtures.ts';
import { compile } from './compile.ts';
import { lines, pairs, recordedLines, recordedRows, rows, sharedOnly, type Recorded } from './golden.ts';


/**
 * Code objects whose full listing still differs from CPython's outside shared state: a constant
 * condition (`0 or x`) that CPython's optimizer folds.
 */
const KNOWN_PARTIAL = new Set(['control.py <module>']);

const recorded = readdirSync(join(FIXTURES, 'recorded'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, 'recorded', f), 'utf8')) as Recorded);

describe('listings against CPython 3.12', () => {
  it('has fixtures to compare', () => {
    expect(recorded.length).toBeGreaterThan(5);
  });

  for (const rec of recorded) {
    it(`compiles ${rec.program} as CPython does`, () => {
      const source = fixtureSource(rec.program);
      const result = compile(source, { filename: rec.program });
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
      for (const { ours, theirs } of pairs(result.code, rec)) {
        const name = `${rec.program} ${theirs.qualname}`;
        expect(ours, name).toBeDefined();
        if (ours === undefined) continue;
        expect(sharedOnly(rows(ours)), name).toEqual(sharedOnly(recordedRows(theirs)));
        if (KNOWN_PARTIAL.has(name)) continue;
        expect(rows(ours), name).toEqual(recordedRows(theirs));
        expect(lines(ours), `${name}: lines`).toEqual(recordedLines(theirs));
      }
    });
  }
});
