// The scenario registry: every scenario described, its parameters clamped, every parameter
// combination buildable, every step pointing at a real source line.
import { describe, expect, it } from 'vitest';
import { buildScenario, isScenarioId, normaliseParams, PARAM_NAMES, SCENARIO_IDS, SCENARIOS } from './scenarios.ts';
import { SCENARIO_SPECS } from './scenarioSpecs.ts';

describe('scenarios', () => {
  it('lists the six scenarios in teaching order', () => {
    expect(SCENARIO_IDS).toEqual(['lost-update', 'flag-lock', 'split-lock', 'check-then-act', 'two-locks', 'philosophers']);
    expect(Object.keys(SCENARIOS)).toEqual([...SCENARIO_IDS]);
    expect(isScenarioId('philosophers')).toBe(true);
    expect(isScenarioId('toString')).toBe(false);
  });

  it('keeps the specs that links read in step with the registry', () => {
    expect(Object.keys(SCENARIO_SPECS)).toEqual(Object.keys(SCENARIOS));
    for (const id of SCENARIO_IDS) {
      const { id: specId, title, params } = SCENARIOS[id];
      expect({ id: specId, title, params }).toEqual(SCENARIO_SPECS[id]);
    }
  });

  it('describes every scenario and its fix', () => {
    for (const id of SCENARIO_IDS) {
      const s = SCENARIOS[id];
      expect(s.id).toBe(id);
      expect(s.title).toMatch(/\S/);
      expect(s.description.length).toBeGreaterThan(40);
      expect(s.fixedDescription.length).toBeGreaterThan(40);
    }
  });

  it('offers the parameters the Explorer link uses, with the ranges of the issue', () => {
    expect(SCENARIOS['lost-update'].params).toMatchObject({ threads: { min: 2, max: 4 }, incs: { min: 1, max: 4 } });
    expect(SCENARIOS.philosophers.params).toMatchObject({ threads: { min: 3, max: 5 } });
    expect(SCENARIOS['two-locks'].params).toEqual({});
    for (const id of SCENARIO_IDS) {
      for (const [name, f] of Object.entries(SCENARIOS[id].params)) {
        expect(PARAM_NAMES).toContain(name);
        expect(f.min).toBeLessThanOrEqual(f.fallback);
        expect(f.fallback).toBeLessThanOrEqual(f.max);
      }
    }
  });

  it('clamps, rounds and defaults parameters', () => {
    expect(normaliseParams('lost-update')).toEqual({ threads: 2, incs: 2, fixed: false });
    expect(normaliseParams('lost-update', { threads: 9, incs: 0, fixed: true })).toEqual({ threads: 4, incs: 1, fixed: true });
    expect(normaliseParams('lost-update', { threads: 2.6, incs: Number.NaN })).toEqual({ threads: 3, incs: 2, fixed: false });
    expect(normaliseParams('philosophers', { threads: 1 })).toMatchObject({ threads: 3 });
    expect(normaliseParams('two-locks', { threads: 4, incs: 3 })).toEqual({ threads: 2, incs: 1, fixed: false });
  });

  it('builds every combination, with one thread per thread and every step on a real line', () => {
    for (const id of SCENARIO_IDS) {
      const { threads, incs } = SCENARIOS[id].params as { threads?: { min: number; max: number }; incs?: { min: number; max: number } };
      for (let t = threads?.min ?? 2; t <= (threads?.max ?? 2); t++) {
        for (let i = incs?.min ?? 1; i <= (incs?.max ?? 1); i++) {
          for (const fixed of [false, true]) {
            const p = buildScenario(id, { threads: t, incs: i, fixed });
            expect(p.scenario).toBe(id);
            if (threads) expect(p.threads).toHaveLength(t);
            for (const code of p.threads) {
              expect(code.steps.length).toBeGreaterThan(0);
              for (const s of code.steps) expect(code.source[s.line]).toBeDefined();
            }
          }
        }
      }
    }
  });

  it('shows the loop once and runs its body once per round', () => {
    const p = buildScenario('lost-update', { threads: 2, incs: 3 });
    expect(p.threads[0]!.source).toEqual(['for _ in range(3):', '    x = counter', '    counter = x + 1']);
    expect(p.threads[0]!.steps.map((s) => s.line)).toEqual([1, 2, 2, 1, 2, 2, 1, 2, 2]);
    expect(p.judge).toEqual({ kind: 'counter', v: 0, expected: 6 });
    expect(buildScenario('lost-update', { threads: 2, incs: 1 }).threads[0]!.source).toEqual(['x = counter', 'counter = x + 1']);
  });
});
