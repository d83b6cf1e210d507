// Builds Explorer programs from readable specs: names for variables, locks, registers and labels,
// resolved to indexes; the registers live at each pc are computed once here for state hashing.
import type { Instr, InstrBody, Judge, Operand, Program, QueueSpec, StepOf, ThreadCode } from './program.ts';

/** A register name, or a constant. */
export type OperandSpec = string | number;

/** A step as a scenario writes it, with names where the program has indexes. */
export type StepSpec = StepOf<string, OperandSpec>;

/** Collects one thread's source lines, the steps each line runs, and labels for jumps. */
export class ThreadBuilder {
  readonly name: string;
  readonly source: string[] = [];
  readonly steps: { readonly line: number; readonly spec: StepSpec }[] = [];
  readonly labels = new Map<string, number>();

  constructor(name: string) {
    this.name = name;
  }

  /** Adds a source line running `steps` (none for a line that only gives structure) and returns its index. */
  line(text: string, ...steps: StepSpec[]): number {
    const at = this.source.push(text) - 1;
    this.emit(at, ...steps);
    return at;
  }

  /** Adds steps to an existing line: how an unrolled loop runs the same lines again. */
  emit(line: number, ...steps: StepSpec[]): this {
    if (line < 0 || line >= this.source.length) throw new Error(`${this.name}: no line ${line}`);
    for (const spec of steps) this.steps.push({ line, spec });
    return this;
  }

  /** Names the position of the next step. */
  label(name: string): this {
    if (this.labels.has(name)) throw new Error(`${this.name}: label ${name} defined twice`);
    this.labels.set(name, this.steps.length);
    return this;
  }
}

export interface ProgramSpec {
  readonly scenario: string;
  readonly title: string;
  /** Shared variables and their initial values, in display order. */
  readonly vars: Readonly<Record<string, number>>;
  readonly locks?: readonly string[];
  readonly conds?: readonly { readonly name: string; readonly lock: string }[];
  readonly queue?: QueueSpec;
  readonly threads: readonly ThreadBuilder[];
  readonly judge:
    | { readonly kind: 'counter'; readonly v: string; readonly expected: number }
    | { readonly kind: 'sum'; readonly vars: readonly string[]; readonly name: string; readonly expected: number }
    | { readonly kind: 'queue'; readonly items: number };
}

function indexOf(names: readonly string[], name: string, what: string): number {
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`unknown ${what} ${name}`);
  return i;
}

export function assemble(spec: ProgramSpec): Program {
  const varNames = Object.keys(spec.vars);
  const locks = spec.locks ?? [];
  const condSpecs = spec.conds ?? [];
  const conds = condSpecs.map((c) => ({ name: c.name, lock: indexOf(locks, c.lock, 'lock') }));
  const condNames = condSpecs.map((c) => c.name);
  const queue = spec.queue ?? null;
  const threads = spec.threads.map((b) => assembleThread(b, varNames, locks, condNames, queue !== null));
  const j = spec.judge;
  const judge: Judge =
    j.kind === 'counter'
      ? { kind: 'counter', v: indexOf(varNames, j.v, 'variable'), expected: j.expected }
      : j.kind === 'sum'
        ? { kind: 'sum', vars: j.vars.map((v) => indexOf(varNames, v, 'variable')), name: j.name, expected: j.expected }
        : { kind: 'queue', items: j.items };
  return {
    scenario: spec.scenario,
    title: spec.title,
    vars: varNames.map((name) => ({ name, init: spec.vars[name]! })),
    locks,
    conds,
    queue,
    threads,
    judge,
  };
}

function assembleThread(
  b: ThreadBuilder,
  varNames: readonly string[],
  locks: readonly string[],
  condNames: readonly string[],
  hasQueue: boolean,
): ThreadCode {
  const regs: string[] = [];
  const reg = (name: string): number => {
    const i = regs.indexOf(name);
    return i >= 0 ? i : regs.push(name) - 1;
  };
  const operand = (o: OperandSpec): Operand => (typeof o === 'number' ? { value: o } : { reg: reg(o) });
  const v = (name: string): number => indexOf(varNames, name, `variable in ${b.name}:`);
  const m = (name: string): number => indexOf(locks, name, `lock in ${b.name}:`);
  const c = (name: string): number => indexOf(condNames, name, `condition in ${b.name}:`);
  const to = (label: string): number => {
    const at = b.labels.get(label);
    if (at === undefined) throw new Error(`${b.name}: unknown label ${label}`);
    return at;
  };
  const queueOp = (): void => {
    if (!hasQueue) throw new Error(`${b.name}: a queue step in a program without a queue`);
  };

  const steps: Instr[] = b.steps.map(({ line, spec: s }): Instr => {
    let body: InstrBody;
    switch (s.op) {
      case 'load': body = { op: 'load', v: v(s.v), r: reg(s.r) }; break;
      case 'store': body = { op: 'store', v: v(s.v), src: operand(s.src) }; break;
      case 'add': body = { op: 'add', r: reg(s.r), k: s.k }; break;
      case 'cas': body = { op: 'cas', v: v(s.v), expect: operand(s.expect), next: operand(s.next), r: reg(s.r) }; break;
      case 'lock': body = { op: 'lock', m: m(s.m) }; break;
      case 'unlock': body = { op: 'unlock', m: m(s.m) }; break;
      case 'wait': body = { op: 'wait', c: c(s.c) }; break;
      case 'notify': body = { op: 'notify', c: c(s.c), all: s.all }; break;
      case 'put': queueOp(); body = { op: 'put', src: operand(s.src) }; break;
      case 'get': queueOp(); body = { op: 'get', r: reg(s.r) }; break;
      case 'size': queueOp(); body = { op: 'size', r: reg(s.r) }; break;
      case 'jump': body = { op: 'jump', to: to(s.to) }; break;
      case 'jumpIf': body = { op: 'jumpIf', r: reg(s.r), cmp: s.cmp, value: s.value, to: to(s.to) }; break;
      case 'enter': body = { op: 'enter' }; break;
      case 'leave': body = { op: 'leave' }; break;
    }
    return { ...body, line };
  });
  return { name: b.name, source: [...b.source], steps, regs, live: liveness(steps) };
}

function uses(i: Instr): number[] {
  const fromOperand = (o: Operand): number[] => ('reg' in o ? [o.reg] : []);
  switch (i.op) {
    case 'store': case 'put': return fromOperand(i.src);
    case 'cas': return [...fromOperand(i.expect), ...fromOperand(i.next)];
    case 'add': case 'jumpIf': return [i.r];
    default: return [];
  }
}

function defines(i: Instr): number | null {
  switch (i.op) {
    case 'load': case 'cas': case 'get': case 'size': case 'add': return i.r;
    default: return null;
  }
}

function successors(i: Instr, pc: number): number[] {
  if (i.op === 'jump') return [i.to];
  if (i.op === 'jumpIf') return [pc + 1, i.to];
  return [pc + 1];
}

/**
 * Backward live-register analysis. A register that is dead at a pc can hold any value without
 * changing what the thread does next, so the state key leaves it out and such states merge.
 */
export function liveness(steps: readonly Instr[]): number[][] {
  const live: Set<number>[] = Array.from({ length: steps.length + 1 }, () => new Set<number>());
  let changed = true;
  while (changed) {
    changed = false;
    for (let pc = steps.length - 1; pc >= 0; pc--) {
      const i = steps[pc]!;
      const out = new Set<number>();
      for (const s of successors(i, pc)) for (const r of live[s] ?? []) out.add(r);
      const def = defines(i);
      if (def !== null) out.delete(def);
      for (const r of uses(i)) out.add(r);
      const cur = live[pc]!;
      for (const r of out) {
        if (!cur.has(r)) {
          cur.add(r);
          changed = true;
        }
      }
    }
  }
  return live.map((s) => [...s].sort((a, b) => a - b));
}
