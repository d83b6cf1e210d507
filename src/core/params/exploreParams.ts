// Explorer lab settings: the scenario, the parameters that apply to it, racy or fixed; the
// lab's link (see README's Explorer links). Ids and ranges come from the scenarios' specs, not from the
// registry: the first page load decodes the link, and the scenarios' programs load with the lab.
import { normaliseParams, PARAM_NAMES, SCENARIO_IDS, SCENARIO_SPECS, type ScenarioId, type ScenarioSpec } from '../explore/scenarioSpecs.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import { decodeChoice, decodeInt, quote, type ChoiceField } from './fields.ts';
import type { Decoded, LabLink } from './schema.ts';

export interface ExploreParams {
  readonly scenario: ScenarioId;
  /** Threads (or philosophers); fixed at 2 where the scenario has no such setting. */
  readonly threads: number;
  /** Increments per thread (or items); fixed at 1 where the scenario has no such setting. */
  readonly incs: number;
  readonly fixed: boolean;
}

export const EXPLORE_KEYS = ['scenario', ...PARAM_NAMES, 'fixed'] as const;

export const SCENARIO_FIELD: ChoiceField<ScenarioId> = {
  kind: 'choice',
  label: 'Scenario',
  values: SCENARIO_IDS,
  fallback: 'lost-update',
};

export function defaultExplore(scenario: ScenarioId = SCENARIO_FIELD.fallback): ExploreParams {
  return { scenario, ...normaliseParams(scenario) };
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
  return { params: { scenario, ...normaliseParams(scenario, { ...values, fixed }) }, notices };
}

/** Only the parameters that apply, and `fixed=1` for the fixed version: the shortest link that reopens it. */
export function encodeExploreParams(p: ExploreParams): Query {
  const q = makeQuery({ scenario: p.scenario });
  const s: ScenarioSpec = SCENARIO_SPECS[p.scenario];
  for (const name of PARAM_NAMES) if (s.params[name]) q.set(name, String(p[name]));
  if (p.fixed) q.set('fixed', '1');
  return q;
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseExplore(p: ExploreParams): ExploreParams {
  const scenario = SCENARIO_IDS.includes(p.scenario) ? p.scenario : SCENARIO_FIELD.fallback;
  return { scenario, ...normaliseParams(scenario, p) };
}

/**
 * A change of scenario keeps the numbers both scenarios have (clamped to the new range) and
 * starts the others at the new scenario's defaults.
 */
export function patchExplore(prev: ExploreParams, patch: Partial<ExploreParams>): ExploreParams {
  const next = { ...prev, ...patch };
  if (next.scenario === prev.scenario || !SCENARIO_IDS.includes(next.scenario)) return normaliseExplore(next);
  const before: ScenarioSpec = SCENARIO_SPECS[prev.scenario];
  const kept: { -readonly [K in keyof ExploreParams]?: ExploreParams[K] } = { fixed: next.fixed };
  for (const name of PARAM_NAMES) if (before.params[name] && patch[name] === undefined) kept[name] = prev[name];
  for (const name of PARAM_NAMES) if (patch[name] !== undefined) kept[name] = patch[name];
  return { scenario: next.scenario, ...normaliseParams(next.scenario, kept) };
}

export function sameExplore(a: ExploreParams, b: ExploreParams): boolean {
  return a.scenario === b.scenario && a.threads === b.threads && a.incs === b.incs && a.fixed === b.fixed;
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
