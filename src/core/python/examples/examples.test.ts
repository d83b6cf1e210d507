import { describe, expect, it } from 'vitest';
import { FIXTURE_PROGRAMS, fixtureSource } from '../../../testing/pythonFixtures.ts';
import { DEFAULT_EXAMPLE, EXAMPLE_IDS, isExampleId } from './exampleIds.ts';
import { exampleById, EXAMPLES } from './examples.ts';

describe('examples', () => {
  it('lists every id once, in the order of EXAMPLE_IDS, the post’s two programs first', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([...EXAMPLE_IDS]);
    expect(EXAMPLE_IDS.slice(0, 2)).toEqual(['post-counter', 'post-queue']);
    expect(isExampleId(DEFAULT_EXAMPLE)).toBe(true);
  });

  it('takes each program from its fixture (a file or a variant of one), so CPython records exactly what the lab runs', () => {
    const fixtures = FIXTURE_PROGRAMS.filter((f) => f.startsWith('example-'));
    expect(fixtures).toEqual(EXAMPLE_IDS.map((id) => `example-${id}.py`).sort());
    for (const e of EXAMPLES) expect(e.source).toBe(fixtureSource(`example-${e.id}.py`));
  });

  it('keeps the post’s programs as published: a million locked updates each, and the empty() check', () => {
    const counter = exampleById('post-counter').source;
    expect(counter.match(/for _ in range\(1000000\):\n {8}with shared_value\.get_lock\(\):/g)).toHaveLength(2);
    expect(counter).toContain('print(f"Shared value: {shared_value.value}")');
    const q = exampleById('post-queue').source;
    expect(q).toContain('    while not shared_queue.empty():\n        item = shared_queue.get()');
    expect(q).toContain('threading.Event().wait(0.5)');
  });

  it('gives every example its words and, where it can be explored, distinct outcomes', () => {
    for (const e of EXAMPLES) {
      for (const text of [e.title, e.notice, e.tryThis, e.expect]) expect(text.trim().length, e.id).toBeGreaterThan(5);
      for (const set of [e.outcomes?.every, e.outcomes?.gil]) {
        if (!set) continue;
        const keys = set.map((o) => `${o.end}:${o.stdout}`);
        expect(new Set(keys).size, e.id).toBe(keys.length);
        for (const o of set) expect(o.stdout, e.id).toBe(o.stdout.trimEnd());
      }
    }
    expect(EXAMPLES.filter((e) => !e.outcomes).map((e) => e.id)).toEqual(['post-counter']);
  });

  it('falls back to the default example for an id it does not know', () => {
    expect(exampleById('nope' as never).id).toBe(DEFAULT_EXAMPLE);
  });
});
