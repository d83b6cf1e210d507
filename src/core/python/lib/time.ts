// time.sleep, time.time, time.monotonic and time.perf_counter on the machine's virtual clock: a
// sleep parks the thread until a deadline, and the clock jumps there once no thread can run.
// Concurrency contract: single-threaded; sleep is one blocked call retried at its deadline.
import { Exc, PyFloat, PyModule, raiseType } from '../values/types.ts';
import { fmt } from './semaphore.ts';
import { block, libFunction, machineOf, pending, seconds } from './native.ts';

/** Where the virtual wall clock starts: a fixed moment, so runs are reproducible. */
export const EPOCH = 1_700_000_000;

export const sleep = libFunction('sleep', (ctx, args) => {
  const secs = seconds(args[0] ?? null, 'a number');
  if (secs === null) raiseType(Exc.TypeError, "'NoneType' object cannot be interpreted as an integer");
  if (secs < 0) raiseType(Exc.ValueError, 'sleep length must be non-negative');
  const { rec, wait, timedOut } = pending(ctx);
  if (timedOut) return null;
  const deadline = wait?.deadline ?? machineOf(ctx).now + secs;
  return block(ctx, rec, null, `sleeps until ${fmt(deadline)} s`, deadline);
});

export function timeModule(): PyModule {
  const mod = new PyModule('time');
  mod.dict.set('sleep', sleep);
  mod.dict.set('time', libFunction('time', (ctx) => new PyFloat(EPOCH + machineOf(ctx).now)));
  for (const name of ['monotonic', 'perf_counter']) mod.dict.set(name, libFunction(name, (ctx) => new PyFloat(machineOf(ctx).now)));
  mod.dict.set('time_ns', libFunction('time_ns', (ctx) => Math.round((EPOCH + machineOf(ctx).now) * 1e9)));
  return mod;
}
