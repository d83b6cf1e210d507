// Step mode's words: what the last step did ("T2 read counter = 0 into x"), and what a thread is
// waiting for. Computed only for steps a learner sees, never during exploration.
import { itemText, operandText, type Instr } from './program.ts';
import type { Draft } from './exec.ts';
import { Phase, type LastStep, type State } from './state.ts';

/** What thread `t` did going from `s` to the draft `d` by running `ins` (and the local steps after it). */
export function narrate(s: State, d: Draft, t: number, ins: Instr, lines: readonly number[]): LastStep {
  const p = s.program;
  const code = p.threads[t]!;
  const lostUpdate = d.lostUpdates > s.lostUpdates;
  const varName = (v: number): string => p.vars[v]!.name;
  let text: string;
  if (ins.op === 'wait' && s.threads[t]!.phase === Phase.woken) {
    text = `took ${p.locks[p.conds[ins.c]!.lock]} again and returned from wait().`;
  } else {
    switch (ins.op) {
      case 'load':
        text = `read ${varName(ins.v)} = ${d.vars[ins.v]} into ${code.regs[ins.r]}.`;
        break;
      case 'store':
        text = `wrote ${varName(ins.v)} = ${d.vars[ins.v]}.`;
        break;
      case 'cas': {
        const before = s.vars[ins.v]!;
        text =
          d.vars[ins.v] !== before || d.versions[ins.v] !== s.versions[ins.v]
            ? `compare-exchange on ${varName(ins.v)} succeeded: ${before} → ${d.vars[ins.v]}.`
            : `compare-exchange on ${varName(ins.v)} failed: it is ${before}, not ${operandText(code, ins.expect)}.`;
        break;
      }
      case 'lock':
        text = `took ${p.locks[ins.m]}.`;
        break;
      case 'unlock':
        text = `released ${p.locks[ins.m]}.`;
        break;
      case 'wait': {
        const cond = p.conds[ins.c]!;
        text = `released ${p.locks[cond.lock]} and sleeps on ${cond.name}.`;
        break;
      }
      case 'notify': {
        const woken = s.waiters[ins.c]!.filter((w) => !d.waiters[ins.c]!.includes(w));
        const cond = p.conds[ins.c]!.name;
        text =
          woken.length === 0
            ? `notified ${cond}, but nobody was waiting: the wake-up is lost.`
            : `notified ${cond}, waking ${woken.map((w) => p.threads[w]!.name).join(', ')}.`;
        break;
      }
      case 'put':
        text = `put ${itemText(d.queue.at(-1)!)} into ${p.queue!.name}.`;
        break;
      case 'get':
        text = `got ${itemText(s.queue[0]!)} from ${p.queue!.name}.`;
        break;
      case 'size':
        text = `saw ${s.queue.length} item${s.queue.length === 1 ? '' : 's'} in ${p.queue!.name}.`;
        break;
      default:
        text = `ran ${ins.op}.`;
    }
  }
  if (lostUpdate && (ins.op === 'store' || ins.op === 'cas')) {
    const by = s.writers[ins.v]!;
    text = `${text.slice(0, -1)} from a stale read, erasing ${p.threads[by]!.name}'s write: a lost update.`;
  }
  if (d.violation && !s.violation) {
    const other = p.threads[d.violation[0]]!.name;
    text += ` It entered the critical section while ${other} is inside: mutual exclusion is broken.`;
  }
  return { thread: t, lines, text: `${code.name} ${text}`, lostUpdate };
}

/** Why a blocked thread waits, in words; null when it is not blocked. */
export function blockedWhy(s: State, t: number): string | null {
  const p = s.program;
  const th = s.threads[t]!;
  const ins = p.threads[t]!.steps[th.pc];
  if (ins === undefined) return null;
  const holderOf = (m: number): string | null => {
    const o = s.owners[m]!;
    return o < 0 ? null : `waits for ${p.locks[m]}, held by ${o === t ? 'itself' : p.threads[o]!.name}`;
  };
  switch (ins.op) {
    case 'lock':
      return holderOf(ins.m);
    case 'wait': {
      const cond = p.conds[ins.c]!;
      if (th.phase === Phase.waiting) return `sleeps in ${cond.name}.wait() until notified`;
      if (th.phase === Phase.woken) {
        const h = holderOf(cond.lock);
        return h === null ? null : `was notified; ${h}`;
      }
      return null;
    }
    case 'get':
      return s.queue.length === 0 ? `waits for an item: ${p.queue!.name} is empty` : null;
    case 'put':
      return s.queue.length >= p.queue!.capacity ? `waits for room: ${p.queue!.name} is full` : null;
    default:
      return null;
  }
}
