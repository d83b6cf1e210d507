// Explorer lab settings: the scenario, the parameters that apply to it, racy or fixed, and the steps
// taken in it (a schedule, and the step on screen); the lab's link (see README's Explorer links). Ids and ranges come from the scenarios' specs, not from the
// registry: the first page load decodes the link, and the scenarios' programs load with the lab.
import { normaliseParams, PARAM_NAMES, SCENARIO_IDS, SCENARIO_SPECS, type ScenarioId, type ScenarioParams, type ScenarioSpec } from '../explore/scenarioSpecs.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import { decodeChoice, decodeInt, quote, type ChoiceField } from './fields.ts';
import { intField, scheduleField, type Decoded, type LabLink } from './schema.ts';

export interface ExploreParams {
  readonly scenario: ScenarioId;
  /** Threads (or philosophers); fixed at 2 where the scenario has no such setting. */
  readonly threads: number;
  /** Increments per thread (or items); fixed at 1 where the scenario has no such setting. */
  readonly incs: number;
  readonly fixed: boolean;
  /** The thread (0-based) that took each step, the undone ones included, for a link that replays them. */
  readonly steps: readonly number[];
  /** How many of `steps` are taken: the step on screen. */
  readonly at: number;
}

export const EXPLORE_KEYS = ['scenario', ...PARAM_NAMES, 'fixed', 'steps', 'at'] as const;

/** Longer than any schedule a learner steps by hand, short enough for a link. */
export const MAX_LINK_STEPS = 1000;

export const STEPS_FIELD = scheduleField({
  label: 'Steps',
  maxSteps: MAX_LINK_STEPS,
  threads: (earlier) => (typeof earlier.threads === 'number' ? earlier.threads : 0),
});

export const AT_FIELD = intField({
  label: 'Step',
  min: 0,
  max: MAX_LINK_STEPS,
  // Without `at`, the link lands after its last step.
  fallback: MAX_LINK_STEPS,
  cap: (earlier) => ({ max: Array.isArray(earlier.steps) ? earlier.steps.length : 0, why: ' (the steps in the link)' }),
});

export const SCENARIO_FIELD: ChoiceField<ScenarioId> = {
  kind: 'choice',
  label: 'Scenario',
  values: SCENARIO_IDS,
  fallback: 'lost-update',
};

export function defaultExplore(scenario: ScenarioId = SCENARIO_FIELD.fallback): ExploreParams {
  return { scenario, ...normaliseParams(scenario), steps: [], at: 0 };
}

export const DEFAULT_EXPLORE: ExploreParams = defaultExplore();

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

function decodeFixed(raw: string | null, notices: string[]): boolean {
  if (raw === null) return false;
  const t = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(t)) return true;
  if (FALSE_WORDS.includes(t)) return false;
  notices.push(`Fixed: ${quote(raw)} is not 1 or 0, so the racy version is open.`);
  return false;
}

export function decodeExploreParams(q: Query): Decoded<ExploreParams> {
  const notices: string[] = [];
  const scenario = decodeChoice(SCENARIO_FIELD, q.get('scenario'), notices);
  const s: ScenarioSpec = SCENARIO_SPECS[scenario];
  const values: Partial<Record<(typeof PARAM_NAMES)[number], number>> = {};
  for (const name of PARAM_NAMES) {
    const raw = q.get(name);
    const field = s.params[name];
    if (field) values[name] = decodeInt(field, raw, notices);
    else if (raw !== null) notices.push(`${quote(name)} does not apply to ${s.title}, so it is ignored.`);
  }
  const fixed = decodeFixed(q.get('fixed'), notices);
  const program = normaliseParams(scenario, { ...values, fixed });
  const steps = STEPS_FIELD.decode(q.get('steps'), notices, { threads: program.threads });
  const at = AT_FIELD.decode(q.get('at'), notices, { steps });
  return { params: { scenario, ...program, steps, at }, notices };
}

/** Only the parameters that apply, and `fixed=1` for the fixed version: the shortest link that reopens it. */
export function encodeExploreParams(p: ExploreParams): Query {
  const q = makeQuery({ scenario: p.scenario });
  const s: ScenarioSpec = SCENARIO_SPECS[p.scenario];
  for (const name of PARAM_NAMES) if (s.params[name]) q.set(name, String(p[name]));
  if (p.fixed) q.set('fixed', '1');
  if (p.steps.length > 0) q.set('steps', STEPS_FIELD.encode(p.steps));
  if (p.at !== p.steps.length) q.set('at', AT_FIELD.encode(p.at));
  return q;
}

/** The steps kept to the threads there are, and the step on screen to the steps. */
function withSteps(program: Omit<ExploreParams, 'steps' | 'at'>, steps: readonly number[], at: number): ExploreParams {
  const kept = STEPS_FIELD.clamp(steps, { threads: program.threads });
  return { ...program, steps: kept, at: AT_FIELD.clamp(at, { steps: kept }) };
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseExplore(p: ExploreParams): ExploreParams {
  const scenario = SCENARIO_IDS.includes(p.scenario) ? p.scenario : SCENARIO_FIELD.fallback;
  return withSteps({ scenario, ...normaliseParams(scenario, p) }, p.steps, p.at);
}

/**
 * A change of scenario keeps the numbers both scenarios have (clamped to the new range) and
 * starts the others at the new scenario's defaults. Steps belong to one program: a change of it
 * starts with no step taken.
 */
export function patchExplore(prev: ExploreParams, patch: Partial<ExploreParams>): ExploreParams {
  const program = patchProgram(prev, patch);
  const same = sameExplore(prev, program);
  const steps = patch.steps ?? (same ? prev.steps : []);
  const at = patch.at ?? (patch.steps ? patch.steps.length : same ? prev.at : 0);
  return withSteps(program, steps, at);
}

function patchProgram(prev: ExploreParams, patch: Partial<ExploreParams>): Omit<ExploreParams, 'steps' | 'at'> {
  const next = { ...prev, ...patch };
  if (next.scenario === prev.scenario || !SCENARIO_IDS.includes(next.scenario)) {
    const scenario = SCENARIO_IDS.includes(next.scenario) ? next.scenario : SCENARIO_FIELD.fallback;
    return { scenario, ...normaliseParams(scenario, next) };
  }
  const before: ScenarioSpec = SCENARIO_SPECS[prev.scenario];
  const kept: { -readonly [K in keyof ScenarioParams]?: ScenarioParams[K] } = { fixed: next.fixed };
  for (const name of PARAM_NAMES) if (before.params[name] && patch[name] === undefined) kept[name] = prev[name];
  for (const name of PARAM_NAMES) if (patch[name] !== undefined) kept[name] = patch[name];
  return { scenario: next.scenario, ...normaliseParams(next.scenario, kept) };
}

/** The same program (scenario, its numbers, racy or fixed); the steps taken in it may differ. */
export function sameExplore(a: Omit<ExploreParams, 'steps' | 'at'>, b: Omit<ExploreParams, 'steps' | 'at'>): boolean {
  return a.scenario === b.scenario && a.threads === b.threads && a.incs === b.incs && a.fixed === b.fixed;
}

/** The same steps, and the same one on screen. */
export function sameSteps(a: Pick<ExploreParams, 'steps' | 'at'>, b: Pick<ExploreParams, 'steps' | 'at'>): boolean {
  return a.at === b.at && a.steps.length === b.steps.length && a.steps.every((t, i) => b.steps[i] === t);
}

/** The Explorer's link: its parameters depend on the scenario, so it is written out rather than declared as fields. */
export const EXPLORE_LINK: LabLink<'explore', ExploreParams> = {
  id: 'explore',
  title: 'Explorer',
  keys: EXPLORE_KEYS,
  defaults: DEFAULT_EXPLORE,
  decode: decodeExploreParams,
  encode: encodeExploreParams,
  update: patchExplore,
};
