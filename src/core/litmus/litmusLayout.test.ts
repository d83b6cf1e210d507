// Unit tests of the litmus layout: hot words on their own lines, instances inside the buffer, tally reads.
import { describe, expect, it } from 'vitest';
import { LINE_INTS } from '../shared/memory.ts';
import {
  allocateLitmus,
  attachLitmus,
  INSTANCE_INTS,
  LITMUS_BYTES,
  LITMUS_MAX_BATCH,
  LitmusSlot,
  readTally,
  resultIndex,
  TallySlot,
  variableIndexes,
} from './litmusLayout.ts';
import { MeetSlot } from './meet.ts';

const line = (i: number): number => Math.floor(i / LINE_INTS);

describe('litmus layout', () => {
  it('puts the control word, each role’s meeting line and the tally on separate lines', () => {
    const lines = [
      line(LitmusSlot.control),
      line(LitmusSlot.meet + MeetSlot.count),
      line(LitmusSlot.meet + LINE_INTS + MeetSlot.count),
      line(LitmusSlot.tally + TallySlot.done),
    ];
    expect(new Set(lines).size).toBe(lines.length);
    expect(line(LitmusSlot.tally + TallySlot.counts + 3)).toBe(line(LitmusSlot.tally));
  });

  it('keeps the two roles’ results apart and before the instances', () => {
    expect(resultIndex(0, LITMUS_MAX_BATCH - 1)).toBeLessThan(resultIndex(1, 0));
    expect(resultIndex(1, LITMUS_MAX_BATCH - 1)).toBeLessThan(LitmusSlot.instances);
    expect(LitmusSlot.instances % LINE_INTS).toBe(0);
  });

  it('gives each instance its own lines, its variables apart or side by side', () => {
    const [a, b] = variableIndexes('lines', 5);
    expect(line(b)).toBe(line(a) + 1);
    const [c, d] = variableIndexes('packed', 5);
    expect([c, d]).toEqual([a, a + 1]);
    expect(line(variableIndexes('lines', 6)[0])).toBe(line(b) + 1);
    expect(INSTANCE_INTS).toBe(2 * LINE_INTS);
    expect(variableIndexes('lines', LITMUS_MAX_BATCH - 1)[1]).toBeLessThan(LITMUS_BYTES / 4);
  });

  it('attaches to a big enough buffer only', () => {
    expect(allocateLitmus().ints.length).toBe(LITMUS_BYTES / 4);
    expect(() => attachLitmus(new SharedArrayBuffer(LITMUS_BYTES - 4))).toThrow(RangeError);
  });

  it('reads the tally as published', () => {
    const { ints } = allocateLitmus();
    expect(readTally(ints)).toEqual({ done: 0, counts: [0, 0, 0, 0], invalid: 0, together: 0 });
    const t = LitmusSlot.tally;
    [7, 1, 2, 4].forEach((n, o) => (ints[t + TallySlot.counts + o] = n));
    ints[t + TallySlot.done] = 14;
    ints[t + TallySlot.together] = 9;
    expect(readTally(ints)).toEqual({ done: 14, counts: [7, 1, 2, 4], invalid: 0, together: 9 });
  });
});
