// The Explorer's scenario ids, titles and parameter ranges: all a share link needs to read and
// clamp a scenario, kept apart from the registry (scenarios.ts) so that the link codec, which the
// first page load runs, does not pull in the scenarios' programs: they load with the Explorer lab.
import type { IntField } from '../params/fields.ts';

export const SCENARIO_IDS = ['lost-update', 'flag-lock', 'split-lock', 'check-then-act', 'two-locks', 'philosophers'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const PARAM_NAMES = ['threads', 'incs'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

export interface ScenarioParams {
  readonly threads: number;
  readonly incs: number;
  readonly fixed: boolean;
}

export interface ScenarioSpec {
  readonly id: ScenarioId;
  readonly title: string;
  /** Only the parameters that apply; the label says what the number means here. */
  readonly params: Readonly<Partial<Record<ParamName, IntField>>>;
}

const threads = (min: number, max: number, fallback: number, label = 'Threads'): IntField => ({ kind: 'int', label, min, max, fallback });
const incs = (min: number, max: number, fallback: number, label = 'Increments per thread'): IntField => ({ kind: 'int', label, min, max, fallback });

export const SCENARIO_SPECS = {
  'lost-update': { id: 'lost-update', title: 'Lost update', params: { threads: threads(2, 4, 2), incs: incs(1, 4, 2) } },
  'flag-lock': { id: 'flag-lock', title: 'Home-made busy flag', params: { threads: threads(2, 4, 2), incs: incs(1, 4, 1) } },
  'split-lock': { id: 'split-lock', title: 'Lock the read, lock the write', params: { threads: threads(2, 4, 2), incs: incs(1, 3, 1) } },
  'check-then-act': { id: 'check-then-act', title: 'Check, then act', params: { incs: incs(1, 4, 2, 'Items') } },
  'two-locks': { id: 'two-locks', title: 'Two locks, opposite orders', params: {} },
  philosophers: { id: 'philosophers', title: 'Dining philosophers', params: { threads: threads(3, 5, 3, 'Philosophers') } },
} as const satisfies Record<ScenarioId, ScenarioSpec>;

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

function clamp(field: IntField | undefined, value: number | undefined, otherwise: number): number {
  if (!field) return otherwise;
  if (value === undefined || !Number.isFinite(value)) return field.fallback;
  return Math.min(field.max, Math.max(field.min, Math.round(value)));
}

/** Fills in defaults and clamps to the scenario's ranges; parameters that do not apply get fixed values. */
export function normaliseParams(id: ScenarioId, p: Partial<ScenarioParams> = {}): ScenarioParams {
  const s: ScenarioSpec = SCENARIO_SPECS[id];
  return {
    threads: clamp(s.params.threads, p.threads, 2),
    incs: clamp(s.params.incs, p.incs, 1),
    fixed: p.fixed ?? false,
  };
}
