// The kernels compiled once: in the background before a run, or there and then for a run pressed sooner.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WasmModules from './wasmModules.ts';

type Modules = typeof WasmModules;


const RealModule = WebAssembly.Module;

/** A fresh copy of the module (its cache starts empty) with WebAssembly's two compilers counted. */
async function fresh(): Promise<{ m: Modules; sync: () => number; background: () => number }> {
  vi.resetModules();
  const compile = vi.spyOn(WebAssembly, 'compile');
  let sync = 0;
  vi.stubGlobal('WebAssembly', {
    ...WebAssembly,
    compile,
    Memory: WebAssembly.Memory,
    Instance: WebAssembly.Instance,
    Module: function Module(bytes: Uint8Array<ArrayBuffer>) {
      sync++;
      return new RealModule(bytes);
    },
  });
  const m = await import('./wasmModules.ts');
  return { m, sync: () => sync, background: () => compile.mock.calls.length };
}

describe('wasmModules', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('compiles a lab’s kernels once, in the background, before its run needs them', async () => {
    const { m, sync, background } = await fresh();
    await m.prepareQueueModule();
    await m.prepareQueueModule();
    const module = m.queueModule();
    expect(module).toBeInstanceOf(RealModule);
    expect(m.queueModule()).toBe(module);
    expect(background()).toBe(1);
    expect(sync()).toBe(0);
  });

  it('gives a run pressed before the background compile ends a module at once, and keeps that one', async () => {
    const { m, sync } = await fresh();
    const ready = m.prepareQueueModule();
    const early = m.queueModule();
    expect(early).not.toBeNull();
    expect(sync()).toBe(1);
    await ready;
    expect(m.queueModule()).toBe(early);
    expect(m.engineUsed('wasm', early)).toBe('wasm');
  });

  it('compiles each lab’s kernels apart', async () => {
    const { m, background } = await fresh();
    await Promise.all([m.prepareCounterModule(), m.prepareQueueModule()]);
    expect(background()).toBe(2);
    expect(m.counterModule()).not.toBe(m.queueModule());
  });
});
