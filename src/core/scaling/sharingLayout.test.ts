// The false-sharing layouts really differ: packed counters share cache lines, padded ones never do.
import { describe, expect, it } from 'vitest';
import { LINE_BYTES } from '../shared/memory.ts';
import { counterOffset, lineOf, MAX_SHARING_WORKERS, SHARING_BYTES, SharingSlot } from './sharingLayout.ts';

const workers = Array.from({ length: MAX_SHARING_WORKERS }, (_, i) => i);

describe('sharing layout', () => {
  it('packs counters 4 bytes apart, sixteen to a line', () => {
    for (const w of workers.slice(1)) expect(counterOffset('adjacent', w) - counterOffset('adjacent', w - 1)).toBe(4);
    const lines = new Set(workers.slice(0, 16).map((w) => lineOf(counterOffset('adjacent', w))));
    expect(lines.size).toBe(1);
  });

  it('pads counters a whole line apart, each on a line of its own', () => {
    for (const w of workers.slice(1)) expect(counterOffset('padded', w) - counterOffset('padded', w - 1)).toBe(LINE_BYTES);
    const lines = new Set(workers.map((w) => lineOf(counterOffset('padded', w))));
    expect(lines.size).toBe(MAX_SHARING_WORKERS);
  });

  it('keeps every counter off the lines the main thread writes, and inside the buffer', () => {
    const mainLines = new Set([lineOf(SharingSlot.control * 4), lineOf(SharingSlot.barrier * 4)]);
    for (const layout of ['adjacent', 'padded'] as const) {
      for (const w of workers) {
        const offset = counterOffset(layout, w);
        expect(mainLines.has(lineOf(offset))).toBe(false);
        expect(offset + 4).toBeLessThanOrEqual(SHARING_BYTES);
      }
    }
  });
});
