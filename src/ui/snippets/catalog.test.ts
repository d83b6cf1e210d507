import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MODE_TEXT } from '../counter/snippets.ts';
import { explorerLostUpdateLines, runOutcome, SNIPPET_CASES, startMethods, type Run, type SnippetCase } from './catalog.ts';
import recordings from './recordings.json';

interface Recording {
  readonly hash: string;
  readonly runs: readonly Run[];
}

const recorded = recordings.cases as Record<string, Recording | undefined>;
const RERECORD = 'run `node scripts/snippets/record.mjs --only=<id>` with CPython installed';

function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function minor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

describe('every Python program the page shows has a recording from real CPython', () => {
  it.each(SNIPPET_CASES.map((c) => [c.id, c] as const))('%s: its recording is of this very text', (_id, c) => {
    const r = recorded[c.id];
    expect(r, `no recording: ${RERECORD}`).toBeDefined();
    expect(r?.hash, `the text changed since it was recorded: ${RERECORD}`).toBe(hashText(c.text));
  });

  it.each(SNIPPET_CASES.map((c) => [c.id, c] as const))('%s: it ran under every CPython and start method it claims something for', (_id, c: SnippetCase) => {
    const runs = recorded[c.id]?.runs ?? [];
    for (const version of Object.keys(c.claims)) {
      for (const start of startMethods(c)) {
        expect(runs.some((r) => minor(r.python) === version && r.start === start), `${version} ${start ?? ''}`).toBe(true);
      }
    }
  });

  it.each(SNIPPET_CASES.map((c) => [c.id, c] as const))('%s: what CPython printed agrees with what the page says', (_id, c: SnippetCase) => {
    for (const run of recorded[c.id]?.runs ?? []) {
      const claim = c.claims[minor(run.python) as keyof SnippetCase['claims']];
      expect(claim, `a run under ${run.python} that no text speaks of`).toBeDefined();
      expect(claim, `${run.python} ${run.start ?? ''}: printed ${JSON.stringify(run.stdout)}`).toContain(runOutcome(c, run));
    }
  });

  it('keeps no recording of a program the page no longer shows', () => {
    const ids = new Set(SNIPPET_CASES.map((c) => c.id));
    expect(Object.keys(recorded).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the outcome of a run', () => {
  const counter = SNIPPET_CASES.find((c) => c.id === 'counter-none')!;
  const queue = SNIPPET_CASES.find((c) => c.id === 'queue-locked-sentinel')!;
  const run = (stdout: string, over: Partial<Run> = {}): Run => ({ python: '3.12.1', start: 'fork', exitCode: 0, timedOut: false, stdout, ...over });

  it('reads a counter: 0 is exact, anything else a race', () => {
    expect(runOutcome(counter, run('0'))).toBe('exact');
    expect(runOutcome(counter, run('-23814'))).toBe('races');
    expect(runOutcome(counter, run('Traceback'))).toBe('fails');
  });

  it('reads a queue: duplicates and missing items are a race, items left behind are not', () => {
    expect(runOutcome(queue, run('consumed 10 of 10, 0 twice, 0 left in the queue'))).toBe('exact');
    expect(runOutcome(queue, run('consumed 1 of 10, 0 twice, 9 left in the queue'))).toBe('leaves');
    expect(runOutcome(queue, run('consumed 40009 of 40000, 22 twice, 0 left in the queue'))).toBe('races');
    expect(runOutcome(queue, run('consumed 9 of 10, 0 twice, 0 left in the queue'))).toBe('races');
  });

  it('counts a timeout as a hang and a non-zero exit as a failure', () => {
    expect(runOutcome(queue, run('', { timedOut: true, exitCode: null }))).toBe('hangs');
    expect(runOutcome(queue, run('consumed 10 of 10, 0 twice, 0 left in the queue', { exitCode: 1 }))).toBe('fails');
  });
});

describe('the texts the recordings back', () => {
  it('the Counter programs pass every shared object to the processes (they work under spawn)', () => {
    for (const t of Object.values(MODE_TEXT)) {
      const main = t.python.slice(t.python.indexOf("if __name__ == '__main__':"));
      const before = t.python.slice(0, t.python.indexOf("if __name__ == '__main__':"));
      expect(before).not.toMatch(/^\w+ = mp\./m);
      expect(main).toMatch(/args=\(counter, /);
    }
  });

  it("the Explorer's lost-update lines are the ones the thread program runs", () => {
    const text = SNIPPET_CASES.find((c) => c.id === 'explore-lost-update-threads')!.text;
    const lines = explorerLostUpdateLines();
    expect(lines).toEqual(['x = counter', 'counter = x + 1']);
    for (const l of lines) expect(text).toContain(`        ${l}\n`);
  });
});
