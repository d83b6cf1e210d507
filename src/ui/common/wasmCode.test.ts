// The WebAssembly tab's code: each mode's and kind's kernel, whole, with what it calls.
import { describe, expect, it } from 'vitest';
import { SYNC_MODES } from '../../core/counter/syncModes.ts';
import { QUEUE_KINDS } from '../../core/queue/queueKinds.ts';
import { counterWasmCode, queueWasmCode, sweepWasmCode } from './wasmCode.ts';

describe('WebAssembly code of the panels', () => {
  it.each(SYNC_MODES)('counter %s shows its own kernel and its helpers', (mode) => {
    const code = counterWasmCode(mode);
    expect(code).toContain(`(func $${mode} (export "${mode}")`);
    for (const other of SYNC_MODES.filter((m) => m !== mode)) expect(code).not.toContain(`(func $${other} `);
    if (mode === 'mutex' || mode === 'split') expect(code).toContain('memory.atomic.wait32');
    if (mode === 'atomic') expect(code).toContain('i32.atomic.rmw.add');
  });

  it.each(QUEUE_KINDS)('queue %s shows its put and get, or says why there is none', (kind) => {
    const code = queueWasmCode(kind);
    if (kind === 'message') {
      expect(code).not.toContain('(func');
    } else {
      const ring = kind === 'unsafe' ? 'spsc' : kind;
      expect(code).toContain(`(func $${ring}_put`);
      expect(code).toContain(`(func $${ring}_get`);
    }
    if (kind === 'locked') expect(code).toContain('(func $mutex_lock');
  });

  it('a sweep shows the kernels of the modes and kinds it measures, each once', () => {
    const code = sweepWasmCode(['mutex', 'atomic'], ['spsc', 'unsafe', 'mpmc', 'message']);
    for (const fn of ['$mutex ', '$atomic ', '$spsc_put', '$mpmc_get']) expect(code).toContain(`(func ${fn}`);
    expect(code.split('(func $spsc_put').length).toBe(2);
    expect(code).not.toContain('(func $spin ');
    expect(sweepWasmCode([], ['message'])).toBe(queueWasmCode('message'));
    expect(sweepWasmCode([], [])).toMatch(/Choose a counter mode/);
  });
});
