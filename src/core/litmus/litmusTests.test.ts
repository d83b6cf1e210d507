// Unit tests of the litmus registry and kernels: outcome sets checked against every interleaving, codes decoded.
import { describe, expect, it } from 'vitest';
import { KERNELS, outcomeOf } from './kernels.ts';
import { LITMUS_ACCESSES, LITMUS_LIMITS, LITMUS_TEST_IDS, litmusJobs, type LitmusTestId } from './litmusJob.ts';
import { LITMUS_TESTS, litmusOutcomes, outcomeAllowed } from './litmusTests.ts';

/** Runs the pseudo-code of both threads in every interleaving; returns the reachable "r0 r1" labels. */
function sequentiallyConsistent(test: LitmusTestId, serialOnly = false): Set<string> {
  const [t0, t1] = LITMUS_TESTS[test].threads;
  const out = new Set<string>();
  const step = (vars: Record<string, number>, line: string): void => {
    const [lhs, rhs] = line.split(' = ') as [string, string];
    vars[lhs] = /^\d+$/.test(rhs) ? Number(rhs) : (vars[rhs] ?? 0);
  };
  const walk = (i: number, j: number, vars: Record<string, number>): void => {
    if (i === t0.pseudo.length && j === t1.pseudo.length) {
      out.add(`r0=${vars.r0 ?? 0} r1=${vars.r1 ?? 0}`);
      return;
    }
    // Serial runs: once a thread has started, it runs to its end before the other starts.
    const t0Only = serialOnly && i > 0 && i < t0.pseudo.length;
    const t1Only = serialOnly && j > 0 && j < t1.pseudo.length;
    if (i < t0.pseudo.length && !t1Only) {
      const next = { ...vars };
      step(next, t0.pseudo[i]!);
      walk(i + 1, j, next);
    }
    if (j < t1.pseudo.length && !t0Only) {
      const next = { ...vars };
      step(next, t1.pseudo[j]!);
      walk(i, j + 1, next);
    }
  };
  walk(0, 0, {});
  return out;
}

describe('LITMUS_TESTS', () => {
  it.each(LITMUS_TEST_IDS)('%s: allowedUnderSC is exactly what some interleaving reaches', (test) => {
    const reachable = sequentiallyConsistent(test);
    const outcomes = litmusOutcomes(test);
    expect(outcomes.map((o) => o.label)).toEqual(['r0=0 r1=0', 'r0=0 r1=1', 'r0=1 r1=0', 'r0=1 r1=1']);
    for (const o of outcomes) {
      expect(o.index).toBe(o.r0 * 2 + o.r1);
      expect(o.allowedUnderSC, o.label).toBe(reachable.has(o.label));
      expect(o.meaning).not.toBe('');
    }
    // The one forbidden outcome is the test's relaxed outcome.
    expect(outcomes.filter((o) => !o.allowedUnderSC).map((o) => o.index)).toEqual([LITMUS_TESTS[test].relaxed]);
  });

  it.each(LITMUS_TEST_IDS)('%s: the overlap outcome is reachable by interleaving and by no serial run', (test) => {
    const overlap = litmusOutcomes(test)[LITMUS_TESTS[test].overlap]!;
    const serial = sequentiallyConsistent(test, true);
    expect(serial.size).toBe(2);
    expect(overlap.allowedUnderSC).toBe(true);
    expect(serial.has(overlap.label)).toBe(false);
    // Every other SC outcome is a serial one.
    const others = litmusOutcomes(test).filter((o) => o.allowedUnderSC && o.index !== overlap.index);
    expect(others.every((o) => serial.has(o.label))).toBe(true);
  });

  it('names the classic relaxed outcomes', () => {
    expect(litmusOutcomes('sb')[LITMUS_TESTS.sb.relaxed]?.label).toBe('r0=0 r1=0');
    expect(litmusOutcomes('mp')[LITMUS_TESTS.mp.relaxed]?.label).toBe('r0=1 r1=0');
  });

  it.each(LITMUS_TEST_IDS)('%s: the JavaScript shown does what the pseudo-code says, per access kind', (test) => {
    const t = LITMUS_TESTS[test];
    expect(t.id).toBe(test);
    for (const thread of t.threads) {
      for (const access of LITMUS_ACCESSES) {
        const js = thread.js[access];
        expect(js).toHaveLength(thread.pseudo.length);
        // Every statement touches the same variable as its pseudo-code line.
        js.forEach((line, i) => {
          const vars = (thread.pseudo[i] ?? '').split(' = ').filter((w) => t.variables.includes(w));
          for (const v of vars) expect(line).toContain(v);
          expect(line.includes('Atomics.')).toBe(access === 'atomics');
        });
      }
    }
  });

  it('shows exactly the JavaScript the workers run, made from the pseudo-code', () => {
    expect(LITMUS_TESTS.sb.threads[0].js).toEqual({ plain: ['m[x] = 1;', 'r0 = m[y];'], atomics: ['Atomics.store(m, x, 1);', 'r0 = Atomics.load(m, y);'] });
    expect(LITMUS_TESTS.mp.threads[1].js).toEqual({ plain: ['r0 = m[flag];', 'r1 = m[data];'], atomics: ['r0 = Atomics.load(m, flag);', 'r1 = Atomics.load(m, data);'] });
  });

  it('allows every outcome with plain accesses and only the SC ones with Atomics', () => {
    for (const test of LITMUS_TEST_IDS) {
      for (const o of litmusOutcomes(test)) {
        expect(outcomeAllowed(o, 'plain')).toBe(true);
        expect(outcomeAllowed(o, 'atomics')).toBe(o.allowedUnderSC);
      }
    }
  });
});

describe('kernels', () => {
  const X = 3;
  const Y = 40;
  const TAG = 7;

  /** Runs the roles one after the other on one instance, as a single thread would. */
  function sequential(test: LitmusTestId, access: 'plain' | 'atomics', first: 0 | 1): number {
    const m = new Int32Array(new SharedArrayBuffer(64 * 4));
    const [k0, k1] = KERNELS[test][access];
    let c0 = 0;
    let c1 = 0;
    if (first === 0) {
      c0 = k0(m, X, Y, TAG);
      c1 = k1(m, X, Y, TAG);
    } else {
      c1 = k1(m, X, Y, TAG);
      c0 = k0(m, X, Y, TAG);
    }
    return outcomeOf(test, c0, c1);
  }

  it.each(LITMUS_ACCESSES)('%s: one role after the other gives the sequential outcomes', (access) => {
    expect(sequential('sb', access, 0)).toBe(1); // r0=0 r1=1
    expect(sequential('sb', access, 1)).toBe(2); // r0=1 r1=0
    expect(sequential('mp', access, 0)).toBe(3); // the message arrived
    expect(sequential('mp', access, 1)).toBe(0); // T1 read before anything was written
  });

  it('stores the tag and reports a stale value as no outcome', () => {
    const m = new Int32Array(new SharedArrayBuffer(64 * 4));
    m[Y] = TAG - 1; // left over from an earlier batch
    const [k0] = KERNELS.sb.plain;
    const code = k0(m, X, Y, TAG);
    expect(m[X]).toBe(TAG);
    expect(outcomeOf('sb', code, 0)).toBe(-1);
    expect(outcomeOf('mp', 0, (2 << 2) | 1)).toBe(-1);
    expect(outcomeOf('mp', 0, (1 << 2) | 2)).toBe(-1);
  });
});

describe('litmusJobs', () => {
  it('makes one job per role, with its own seed', () => {
    const [j0, j1] = litmusJobs({ test: 'sb', access: 'plain', iterations: 10, batch: 4, placement: 'lines', jitter: 3, seed: 5 });
    expect(j0).toMatchObject({ role: 0, test: 'sb', iterations: 10, batch: 4, jitter: 3, seed: 5 });
    expect(j1).toMatchObject({ role: 1, test: 'sb', iterations: 10, batch: 4, jitter: 3 });
    expect(j1.seed).not.toBe(j0.seed);
  });

  it('clamps numbers to what the layout holds', () => {
    const [j] = litmusJobs({ test: 'mp', access: 'atomics', iterations: 1e12, batch: 1e9, placement: 'packed', jitter: -4, seed: -1 });
    expect(j).toMatchObject({
      iterations: LITMUS_LIMITS.iterations.max,
      batch: LITMUS_LIMITS.batch.max,
      jitter: 0,
      seed: 0xffffffff,
    });
    const [k] = litmusJobs({ test: 'mp', access: 'atomics', iterations: Number.NaN, batch: 0, placement: 'lines', jitter: 2.6, seed: 1 });
    expect(k).toMatchObject({ iterations: 1, batch: 1, jitter: 3 });
  });
});
