// What a thread will do when it next steps, in words: shown under its code, so that a value
// computed from a stale read is visible before it is written.
import { itemText, operandText, type Operand, type ThreadCode } from '../../core/explore/program.ts';
import { Phase, type State } from '../../core/explore/state.ts';

export function nextStepText(s: State, t: number): string {
  const p = s.program;
  const code: ThreadCode = p.threads[t]!;
  const th = s.threads[t]!;
  const ins = code.steps[th.pc];
  if (ins === undefined) return 'finished';
  const value = (o: Operand): number => ('reg' in o ? th.regs[o.reg]! : o.value);
  const v = (i: number): string => p.vars[i]!.name;
  switch (ins.op) {
    case 'load':
      return `next: read ${v(ins.v)}`;
    case 'store':
      return `next: write ${v(ins.v)} = ${value(ins.src)}`;
    case 'cas':
      return `next: if ${v(ins.v)} is ${value(ins.expect)}, set it to ${value(ins.next)}`;
    case 'lock':
      return `next: take ${p.locks[ins.m]}`;
    case 'unlock':
      return `next: release ${p.locks[ins.m]}`;
    case 'wait': {
      const cond = p.conds[ins.c]!;
      if (th.phase === Phase.woken) return `next: take ${p.locks[cond.lock]} again`;
      if (th.phase === Phase.waiting) return `asleep on ${cond.name}`;
      return `next: release ${p.locks[cond.lock]} and sleep on ${cond.name}`;
    }
    case 'notify':
      return `next: notify ${p.conds[ins.c]!.name}`;
    case 'put':
      return `next: put ${'reg' in ins.src ? operandText(code, ins.src) + ' = ' : ''}${itemText(value(ins.src))} into ${p.queue!.name}`;
    case 'get':
      return `next: take an item from ${p.queue!.name}`;
    case 'size':
      return `next: look how many items ${p.queue!.name} holds`;
    default:
      return `next: ${ins.op}`;
  }
}
