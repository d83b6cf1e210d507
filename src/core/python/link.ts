// The Python lab's link: which program (a `code` value or an example id) and the settings
// (`switch`, `quantum`, `samples`, `seed`, `preemptions`, `reduce`, `sampler`, `depth`). Decoding is synchronous and keeps `code` packed: the page
// unpacks it (decodeProgram, async) as the lab opens. Pure; never throws.
import { clampInt, decodeChoice, decodeInt, quote, type ChoiceField, type IntField } from '../params/fields.ts';
import type { LabLink } from '../params/schema.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import { DEFAULT_EXAMPLE, EXAMPLE_IDS, type ExampleId } from './examples/exampleIds.ts';
import { MAX_CODE_CHARS } from './programCodec.ts';
import type { SwitchModel } from './runtime/types.ts';

export const SWITCH_MODELS = ['every', 'gil', 'timer'] as const satisfies readonly SwitchModel[];

/** Explore all's preemption cap: `all` schedules, or only those with at most that many preemptions. */
export const PREEMPTION_CAPS = ['all', '0', '1', '2', '3', '4', '5'] as const;
export type PreemptionCap = (typeof PREEMPTION_CAPS)[number];

/** The cap as the search takes it: null for every schedule. */
export function preemptionCap(cap: PreemptionCap): number | null {
  return cap === 'all' ? null : Number(cap);
}

/** Explore all's partial-order reduction: off (every schedule counted) or on (one per class of equivalent schedules). */
export const REDUCTIONS = ['off', 'on'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

/** How Sample picks schedules: uniformly at random, or by PCT's random priorities (depth `depth`). */
export const SAMPLERS = ['random', 'pct'] as const;
export type SamplerName = (typeof SAMPLERS)[number];

/** The program a link names: an example, or the learner's own text packed as `code`. */
export type ProgramRef = { readonly kind: 'example'; readonly id: ExampleId } | { readonly kind: 'code'; readonly code: string };

export interface PythonParams {
  readonly program: ProgramRef;
  readonly switch: SwitchModel;
  /** Instructions per turn under `timer`. */
  readonly quantum: number;
  /** Schedules Sample runs. */
  readonly samples: number;
  /** Seed of Run's and Sample's random choices. */
  readonly seed: number;
  /** Explore all: only schedules with at most this many preemptions (`all`: every schedule). */
  readonly preemptions: PreemptionCap;
  /** Explore all: source-DPOR on top of state hashing (counts then count classes, not schedules). */
  readonly reduce: Reduction;
  /** Sample's strategy. */
  readonly sampler: SamplerName;
  /** PCT's bug depth d: the ordered events a bug needs (1–5). */
  readonly depth: number;
}

export const PYTHON_FIELDS = {
  example: { kind: 'choice', label: 'Example', values: EXAMPLE_IDS, fallback: DEFAULT_EXAMPLE } satisfies ChoiceField<ExampleId>,
  switch: { kind: 'choice', label: 'Switch model', values: SWITCH_MODELS, fallback: 'every' } satisfies ChoiceField<SwitchModel>,
  quantum: { kind: 'int', label: 'Quantum', min: 1, max: 1000, fallback: 20 } satisfies IntField,
  samples: { kind: 'int', label: 'Samples', min: 1, max: 10_000, fallback: 200 } satisfies IntField,
  seed: { kind: 'int', label: 'Seed', min: 0, max: 2_147_483_647, fallback: 1 } satisfies IntField,
  preemptions: { kind: 'choice', label: 'Preemptions', values: PREEMPTION_CAPS, fallback: 'all' } satisfies ChoiceField<PreemptionCap>,
  // Off by default: a learner's counts then say how many of all schedules end each way.
  reduce: { kind: 'choice', label: 'Reduction', values: REDUCTIONS, fallback: 'off' } satisfies ChoiceField<Reduction>,
  sampler: { kind: 'choice', label: 'Sample strategy', values: SAMPLERS, fallback: 'random' } satisfies ChoiceField<SamplerName>,
  depth: { kind: 'int', label: 'PCT bug depth (d)', min: 1, max: 5, fallback: 2 } satisfies IntField,
} as const;

export const PYTHON_KEYS = ['code', 'example', 'switch', 'quantum', 'samples', 'seed', 'preemptions', 'reduce', 'sampler', 'depth'] as const;

export const DEFAULT_PYTHON: PythonParams = {
  program: { kind: 'example', id: DEFAULT_EXAMPLE },
  switch: PYTHON_FIELDS.switch.fallback,
  quantum: PYTHON_FIELDS.quantum.fallback,
  samples: PYTHON_FIELDS.samples.fallback,
  seed: PYTHON_FIELDS.seed.fallback,
  preemptions: PYTHON_FIELDS.preemptions.fallback,
  reduce: PYTHON_FIELDS.reduce.fallback,
  sampler: PYTHON_FIELDS.sampler.fallback,
  depth: PYTHON_FIELDS.depth.fallback,
};

const CODE_CHARS = /^[A-Za-z0-9_-]*$/;

function decodeProgramRef(q: Query, notices: string[]): ProgramRef {
  const code = q.get('code');
  const example = q.get('example');
  if (code !== null) {
    const t = code.trim();
    // What can be checked without unpacking is checked here; the rest when the page unpacks it.
    if (t !== '' && t.length <= MAX_CODE_CHARS && CODE_CHARS.test(t)) {
      if (example !== null) notices.push('The link has both a program and an example; its program is open.');
      return { kind: 'code', code: t };
    }
    const why = t === '' ? 'is empty' : t.length > MAX_CODE_CHARS ? 'is too long' : 'is not base64url text';
    const fallback = example === null ? DEFAULT_EXAMPLE : decodeChoice(PYTHON_FIELDS.example, example, []);
    notices.push(`Program: the link’s program ${why}, so the example ${quote(fallback)} is open.`);
    return { kind: 'example', id: fallback };
  }
  return { kind: 'example', id: decodeChoice(PYTHON_FIELDS.example, example, notices) };
}

export function decodePythonParams(q: Query): { params: PythonParams; notices: string[] } {
  const notices: string[] = [];
  const program = decodeProgramRef(q, notices);
  return {
    params: {
      program,
      switch: decodeChoice(PYTHON_FIELDS.switch, q.get('switch'), notices),
      quantum: decodeInt(PYTHON_FIELDS.quantum, q.get('quantum'), notices),
      samples: decodeInt(PYTHON_FIELDS.samples, q.get('samples'), notices),
      seed: decodeInt(PYTHON_FIELDS.seed, q.get('seed'), notices),
      preemptions: decodeChoice(PYTHON_FIELDS.preemptions, q.get('preemptions'), notices),
      reduce: decodeChoice(PYTHON_FIELDS.reduce, q.get('reduce'), notices),
      sampler: decodeChoice(PYTHON_FIELDS.sampler, q.get('sampler'), notices),
      depth: decodeInt(PYTHON_FIELDS.depth, q.get('depth'), notices),
    },
    notices,
  };
}

/** The program first (`code` or `example`, never both), then every setting. */
export function encodePythonParams(p: PythonParams): Query {
  const q = p.program.kind === 'code' ? makeQuery({ code: p.program.code }) : makeQuery({ example: p.program.id });
  q.set('switch', p.switch);
  q.set('quantum', String(p.quantum));
  q.set('samples', String(p.samples));
  q.set('seed', String(p.seed));
  // Links from before the cap existed stay as they were: the default is left out.
  if (p.preemptions !== PYTHON_FIELDS.preemptions.fallback) q.set('preemptions', p.preemptions);
  if (p.reduce !== PYTHON_FIELDS.reduce.fallback) q.set('reduce', p.reduce);
  if (p.sampler !== PYTHON_FIELDS.sampler.fallback) q.set('sampler', p.sampler);
  if (p.depth !== PYTHON_FIELDS.depth.fallback) q.set('depth', String(p.depth));
  return q;
}

/** A change from the lab's controls, keeping every rule the decoder keeps. */
export function updatePython(prev: PythonParams, patch: Partial<PythonParams>): PythonParams {
  const next = { ...prev, ...patch };
  return {
    program: next.program,
    switch: SWITCH_MODELS.includes(next.switch) ? next.switch : PYTHON_FIELDS.switch.fallback,
    quantum: clampInt(PYTHON_FIELDS.quantum, next.quantum),
    samples: clampInt(PYTHON_FIELDS.samples, next.samples),
    seed: clampInt(PYTHON_FIELDS.seed, next.seed),
    preemptions: PREEMPTION_CAPS.includes(next.preemptions) ? next.preemptions : PYTHON_FIELDS.preemptions.fallback,
    reduce: REDUCTIONS.includes(next.reduce) ? next.reduce : PYTHON_FIELDS.reduce.fallback,
    sampler: SAMPLERS.includes(next.sampler) ? next.sampler : PYTHON_FIELDS.sampler.fallback,
    depth: clampInt(PYTHON_FIELDS.depth, next.depth),
  };
}

export function samePython(a: PythonParams, b: PythonParams): boolean {
  const sameProgram =
    a.program.kind === 'code' ? b.program.kind === 'code' && a.program.code === b.program.code : b.program.kind === 'example' && a.program.id === b.program.id;
  return sameProgram && a.switch === b.switch && a.quantum === b.quantum && a.samples === b.samples && a.seed === b.seed && a.preemptions === b.preemptions && a.reduce === b.reduce && a.sampler === b.sampler && a.depth === b.depth;
}

/** The Python lab's link, as the lab registry lists it. */
export const PYTHON_LINK: LabLink<'python', PythonParams> = {
  id: 'python',
  title: 'Python',
  keys: PYTHON_KEYS,
  defaults: DEFAULT_PYTHON,
  decode: decodePythonParams,
  encode: encodePythonParams,
  update: updatePython,
};
