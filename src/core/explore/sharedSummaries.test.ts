// The shared cache's table: an entry published is read back whole by its hash (a later one replaces
// it), a hash never published reads as none, and a full arena refuses more without losing the rest.
import { describe, expect, it } from 'vitest';
import { createSharedSummaries, SharedSummaries } from './sharedSummaries.ts';
import { hash64 } from './stateTable.ts';

describe('SharedSummaries', () => {
  it('reads back what was published, the latest entry of a state, and none for others', () => {
    const buffer = createSharedSummaries(100, 1 << 18);
    const writer = new SharedSummaries(buffer);
    const reader = new SharedSummaries(buffer);
    const long = JSON.stringify({ sleep: [1, 2], summary: Array.from({ length: 900 }, (_, i) => [i, { on: `o${i}`, key: 'x', write: i % 2 === 0 }]) });
    expect(long.length).toBeGreaterThan(4096 * 4);
    expect(writer.put(hash64('a'), long)).toBe(true);
    expect(writer.put(hash64('b'), 'β entry')).toBe(true);
    expect(reader.get(hash64('a'))).toBe(long);
    expect(reader.get(hash64('b'))).toBe('β entry');
    expect(reader.get(hash64('c'))).toBeNull();
    expect(writer.put(hash64('b'), 'newer')).toBe(true);
    expect(reader.get(hash64('b'))).toBe('newer');
  });

  it('refuses an entry the arena has no room for and keeps the others', () => {
    const cache = new SharedSummaries(createSharedSummaries(10, 64));
    expect(cache.put(hash64('a'), 'x'.repeat(20))).toBe(true);
    expect(cache.put(hash64('b'), 'y'.repeat(20))).toBe(false);
    expect(cache.get(hash64('a'))).toBe('x'.repeat(20));
    expect(cache.get(hash64('b'))).toBeNull();
  });
});
