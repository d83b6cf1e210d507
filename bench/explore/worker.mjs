// Bench module worker: one Explore all, one worker's part of a split Explore all, with or without the
// reduction (or their join), or one worker's share of a Sample per message, as the lab's search
// workers run them, without Comlink.
/* global self -- bundled for a module Web Worker */
import { compile } from '../../src/core/python/compile/compile.ts';
import { makeEngine } from '../../src/core/python/runtime/engine.ts';
import { explore } from '../../src/core/python/runtime/search.ts';
import { sample } from '../../src/core/python/runtime/sample.ts';
import { explorePart, joinExplore, joinReducedExplore, reducedExplorePart } from '../../src/core/python/runtime/splitExplore.ts';
import { BUILTINS } from '../../src/core/python/values/builtins.ts';

const engine = makeEngine(BUILTINS);
const settings = { switch: 'every', quantum: 20, stepBudget: 20_000_000, seed: 1 };

function finish(run) {
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

self.onmessage = ({ data }) => {
  if (data === 'ping') {
    self.postMessage('pong');
    return;
  }
  const c = compile(data.source, { filename: 'main.py' });
  if (!c.ok) throw new Error(c.errors[0]?.message ?? 'the bench program does not compile');
  const t0 = performance.now();
  if (data.kind === 'part') {
    const part = finish(explorePart(c.code, settings, engine, { maxStates: 2_000_000, sliceStates: 100_000, maxPreemptions: null }, data.share));
    self.postMessage({ part, states: part.expanded.length });
    return;
  }
  if (data.kind === 'reducedPart') {
    const part = finish(reducedExplorePart(c.code, settings, engine, { maxStates: 2_000_000, sliceStates: 100_000 }, data.share));
    self.postMessage({ part, states: part.states });
    return;
  }
  if (data.kind === 'reducedJoin') {
    const r = finish(joinReducedExplore(c.code, settings, engine, data.parts, 2_000_000));
    self.postMessage({ joinMs: performance.now() - t0, states: r.states, schedules: String(r.schedules), complete: r.complete, exact: r.exactPreemptions === true, outcomes: r.outcomes.map((o) => `${o.outcome.stdout}:${o.preemptions}`).sort() });
    return;
  }
  if (data.kind === 'join') {
    const r = joinExplore(c.code, settings, engine, data.parts);
    self.postMessage({ ms: performance.now() - t0, states: r.states, schedules: String(r.schedules), complete: r.complete, outcomes: r.outcomes.map((o) => o.outcome.stdout).sort() });
    return;
  }
  if (data.kind === 'explore') {
    const r = finish(explore(c.code, settings, engine, { sliceStates: 100_000, maxStates: 2_000_000, ...data.options }));
    const ms = performance.now() - t0;
    self.postMessage({ ms, states: r.states, schedules: String(r.schedules), complete: r.complete, outcomes: r.outcomes.map((o) => o.outcome.stdout).sort() });
    return;
  }
  const r = finish(sample(c.code, settings, engine, { samples: data.samples, sliceSchedules: 1_000_000, sampler: data.sampler, share: data.share }));
  self.postMessage({ ms: performance.now() - t0, runs: r.schedules, endedAt: performance.timeOrigin + performance.now() });
};
