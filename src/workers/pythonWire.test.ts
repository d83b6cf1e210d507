import { describe, expect, it } from 'vitest';
import { outcomeKey, type SearchResult } from '../core/python/runtime/types.ts';
import { packResult, packSchedule, unpackResult } from './pythonWire.ts';

describe('a search result on the wire', () => {
  it('packs each witness into the narrowest array and unpacks it unchanged', () => {
    expect(packSchedule([0, 1, 255])).toBeInstanceOf(Uint8Array);
    expect(packSchedule([0, 256])).toBeInstanceOf(Uint16Array);
    expect(packSchedule([70_000])).toBeInstanceOf(Uint32Array);
    const witness = Array.from({ length: 30_000 }, (_, i) => i % 3);
    const r: SearchResult = {
      outcomes: [{ outcome: { stdout: '7', end: 'finished', key: outcomeKey('7', 'finished'), why: 'Finished.' }, count: 4, witness, stderr: '', waitFor: null, seed: 9 }],
      other: { count: 2 },
      complete: false,
      states: 6,
      schedules: 6,
      cyclic: false,
    };
    const { result, buffers } = packResult(r);
    // One buffer a witness, handed over whole: a copy of 30,000 bytes rather than of 30,000 numbers.
    expect(buffers.map((b) => b.byteLength)).toEqual([30_000]);
    expect(unpackResult(structuredClone(result))).toEqual(r);
  });
});
