// A lab's link schema: its fields, declared once, from which the settings' type, defaults, clamps,
// the share-link codec and the settings form's labels and limits all derive. Pure; never throws.
import { makeQuery, type Query } from '../shared/query.ts';
import { clampInt, decodeChoice, decodeInt, quote, type Cap, type ChoiceField, type IntField } from './fields.ts';

/** The settings decoded so far (fields are read in their declared order, so later ones may depend on earlier ones). */
export type Earlier = Readonly<Record<string, unknown>>;

/** One setting: how it reads from a link (with a notice for anything it had to change), writes back, and clamps. */
export interface Field<T> {
  readonly label: string;
  decode(raw: string | null, notices: string[], earlier: Earlier): T;
  encode(value: T): string;
  /** A value from the settings form, brought back inside the rules the decoder keeps. */
  clamp(value: T, earlier: Earlier): T;
}

export interface Decoded<P> {
  readonly params: P;
  readonly notices: string[];
}

/** What the shared link codec needs of a lab: its id, its keys, and how its settings read, write and change. */
export interface LabLink<Id extends string = string, P = unknown> {
  readonly id: Id;
  /** The lab's name as the page shows it ("Counter", "Explorer"). */
  readonly title: string;
  readonly keys: readonly string[];
  readonly defaults: P;
  decode(q: Query): Decoded<P>;
  encode(p: P): Query;
  /** A change from the settings form, keeping every rule the decoder keeps. */
  update(prev: P, patch: Partial<P>): P;
}

type ValueOf<F> = F extends { decode(raw: string | null, notices: string[], earlier: Earlier): infer T } ? T : never;

/** The settings a set of fields describes. */
export type ParamsOf<Fs> = { readonly [K in keyof Fs]: ValueOf<Fs[K]> };

type Fields = Readonly<Record<string, Field<unknown>>>;

/** A whole number in a range; `cap` tightens the range from settings read before it (with the reason, for the notice). */
export function intField(spec: {
  label: string;
  min: number;
  max: number;
  fallback: number;
  step?: number;
  cap?: (earlier: Earlier) => Cap;
}): IntField & Field<number> & { limit(earlier: Earlier): Cap } {
  const { cap, ...own } = spec;
  const field: IntField = { kind: 'int', ...own };
  const limit = (earlier: Earlier): Cap => cap?.(earlier) ?? { max: field.max, why: '' };
  return {
    ...field,
    /** The largest value the settings read before it allow, and why it is less than the field's own. */
    limit,
    decode: (raw, notices, earlier) => decodeInt(field, raw, notices, limit(earlier)),
    encode: String,
    clamp: (value, earlier) => clampInt(field, value, limit(earlier).max),
  };
}

/** One of a fixed list of words. */
export function choiceField<T extends string>(spec: { label: string; values: readonly T[]; fallback: NoInfer<T> }): ChoiceField<T> & Field<T> {
  const field: ChoiceField<T> = { kind: 'choice', label: spec.label, values: spec.values, fallback: spec.fallback };
  return {
    ...field,
    decode: (raw, notices) => decodeChoice(field, raw, notices),
    encode: (value) => value,
    clamp: (value) => (field.values.includes(value) ? value : field.fallback),
  };
}

const YES = ['1', 'on', 'true', 'yes'];
const NO = ['0', 'off', 'false', 'no'];

/** On or off, written 1 or 0. */
export function flagField(spec: { label: string; fallback: boolean }): Field<boolean> & { readonly kind: 'flag'; readonly fallback: boolean } {
  return {
    kind: 'flag',
    ...spec,
    decode: (raw, notices) => {
      if (raw === null) return spec.fallback;
      const t = raw.trim().toLowerCase();
      if (YES.includes(t)) return true;
      if (NO.includes(t)) return false;
      notices.push(`${spec.label}: ${quote(raw)} is not on or off, so it is ${spec.fallback ? 'on' : 'off'}.`);
      return spec.fallback;
    },
    encode: (value) => (value ? '1' : '0'),
    clamp: (value) => value,
  };
}

/** Some of a fixed list of words, comma-separated, each once and in the list's order. */
export function listField<T extends string>(spec: {
  label: string;
  values: readonly T[];
  fallback: readonly NoInfer<T>[];
}): Field<readonly T[]> & { readonly kind: 'list'; readonly values: readonly T[]; readonly fallback: readonly T[] } {
  const inOrder = (asked: readonly string[]): readonly T[] => spec.values.filter((v) => asked.includes(v));
  return {
    kind: 'list',
    ...spec,
    decode: (raw, notices) => {
      if (raw === null) return spec.fallback;
      const asked = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
      const unknown = asked.filter((s) => !spec.values.some((v) => v === s));
      if (unknown.length > 0) {
        notices.push(`${spec.label}: ${unknown.slice(0, 3).map(quote).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known here, so left out.`);
      }
      return inOrder(asked);
    },
    encode: (value) => value.join(','),
    clamp: inOrder,
  };
}

/**
 * A schedule: the thread that takes each step, written one digit per step, 1 to 9 ("1221": thread 1,
 * then 2, 2, 1), held as 0-based thread ids. `threads` gives how many threads there are from the
 * settings read before it. A digit that names no thread keeps the steps before it, with a notice.
 */
export function scheduleField(spec: {
  label: string;
  maxSteps: number;
  threads: (earlier: Earlier) => number;
}): Field<readonly number[]> & { readonly kind: 'schedule'; readonly maxSteps: number } {
  // One digit per step: a thread past the ninth cannot be written, so it cannot be read either.
  const countOf = (earlier: Earlier): number => Math.max(0, Math.min(9, spec.threads(earlier)));
  const valid = (value: readonly number[], count: number): readonly number[] => {
    const end = value.findIndex((t) => !Number.isInteger(t) || t < 0 || t >= count);
    return value.slice(0, Math.min(end < 0 ? value.length : end, spec.maxSteps));
  };
  return {
    kind: 'schedule',
    label: spec.label,
    maxSteps: spec.maxSteps,
    decode: (raw, notices, earlier) => {
      if (raw === null || raw.trim() === '') return [];
      const text = raw.trim();
      const count = countOf(earlier);
      const steps: number[] = [];
      for (const ch of text) {
        if (steps.length === spec.maxSteps) {
          notices.push(`${spec.label}: more than ${spec.maxSteps} steps, so the first ${spec.maxSteps} are kept.`);
          break;
        }
        const t = '123456789'.indexOf(ch);
        if (t < 0 || t >= count) {
          const kept = steps.length === 0 ? 'so it starts with no step taken' : `so the ${steps.length === 1 ? 'first step is' : `first ${steps.length} steps are`} kept`;
          notices.push(`${spec.label}: step ${steps.length + 1} is ${quote(ch)}, not a thread number from 1 to ${count}, ${kept}.`);
          break;
        }
        steps.push(t);
      }
      return steps;
    },
    encode: (value) => value.map((t) => String(t + 1)).join(''),
    clamp: (value, earlier) => valid(value, countOf(earlier)),
  };
}

/**
 * A lab's link from its fields, in the order the link writes them. `check` may add a notice for
 * settings that are kept but cannot run as they are (never a silent change).
 */
export function defineLink<const Id extends string, const Fs extends Fields>(spec: {
  id: Id;
  title: string;
  fields: Fs;
  check?: (p: ParamsOf<Fs>) => string | null;
}): LabLink<Id, ParamsOf<Fs>> & { readonly fields: Fs; normalise(p: ParamsOf<Fs>): ParamsOf<Fs> } {
  type P = ParamsOf<Fs>;
  // Fields are typed by their own values in `Fs`; here they are walked by name, as the link is.
  const entries: [string, Field<unknown>][] = Object.entries<Field<unknown>>(spec.fields);
  const decode = (q: Query): Decoded<P> => {
    const notices: string[] = [];
    const p: Record<string, unknown> = {};
    for (const [key, field] of entries) p[key] = field.decode(q.get(key), notices, p);
    const params = p as P;
    const problem = spec.check?.(params) ?? null;
    if (problem) notices.push(problem);
    return { params, notices };
  };
  const normalise = (prev: P): P => {
    const p: Record<string, unknown> = {};
    for (const [key, field] of entries) p[key] = field.clamp((prev as Earlier)[key], p);
    return p as P;
  };
  return {
    id: spec.id,
    title: spec.title,
    fields: spec.fields,
    keys: entries.map(([key]) => key),
    defaults: decode(makeQuery()).params,
    decode,
    encode: (p) => {
      const q = makeQuery();
      for (const [key, field] of entries) q.set(key, field.encode((p as Earlier)[key]));
      return q;
    },
    update: (prev, patch) => normalise({ ...prev, ...patch }),
    normalise,
  };
}
