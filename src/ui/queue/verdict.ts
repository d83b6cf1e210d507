// The one sentence that says how a Queue run went: exactly once, or what went wrong and why.
import type { QueueParams } from '../../core/params/queueParams.ts';
import { Exit } from '../../core/queue/queueLayout.ts';
import type { QueueRunResult } from '../../engine/queueResult.ts';
import { formatCount, formatCountOf } from '../common/format.ts';

export interface Verdict {
  readonly tone: 'ok' | 'bad' | 'note';
  readonly text: string;
}

function items(n: number): string {
  return formatCountOf(n, 'item');
}

export function queueVerdict(r: QueueRunResult, p: QueueParams): Verdict {
  const v = r.verdict;
  const total = p.producers * p.items;
  if (r.status === 'deadlocked') {
    const why = r.diagnosis ?? 'Every worker was blocked and nothing could wake them.';
    const consumers = r.workers.filter((w) => w.role === 'consumer');
    const leftEarly = p.shutdown === 'empty-check' && consumers.length > 0 && consumers.every((w) => w.exit === Exit.empty);
    const how = leftEarly ? ' Every consumer had already left, each after seeing the queue empty for a moment.' : '';
    return { tone: 'bad', text: `Deadlocked. ${why}${how}` };
  }
  if (r.status === 'failed') {
    return { tone: 'bad', text: 'The run failed before it finished; the numbers below are what the workers had published.' };
  }
  if (v.lost > 0 || v.duplicated > 0 || v.phantom > 0) {
    const what: string[] = [];
    if (v.lost > 0) what.push(`${items(v.lost)} lost`);
    if (v.duplicated > 0) what.push(`${items(v.duplicated)} taken twice`);
    if (v.phantom > 0) what.push(v.phantom === 1 ? '1 empty slot taken as an item' : `${formatCount(v.phantom)} empty slots taken as items`);
    return {
      tone: 'bad',
      text: `${capitalise(what.join(', '))}: with no synchronisation, two producers wrote the same slot or two consumers took the same one.`,
    };
  }
  if (v.outOfOrder > 0) {
    return { tone: 'bad', text: `${capitalise(items(v.outOfOrder))} reached a consumer after a later item from the same producer.` };
  }
  const stopped = r.status === 'stopped';
  if (v.left > 0 && !stopped) {
    const why =
      p.shutdown === 'empty-check'
        ? 'a consumer saw the queue empty for a moment and quit while a producer was still working'
        : 'no consumer was left to take them';
    return {
      tone: 'bad',
      text: `${items(v.left)} of ${formatCount(v.produced)} left behind: ${why}. Everything that was taken was taken exactly once.`,
    };
  }
  if (stopped) {
    return {
      tone: 'note',
      text: `Stopped early, after ${items(v.consumed)} of ${formatCount(total)}: each one taken so far was taken exactly once, in order.`,
    };
  }
  return { tone: 'ok', text: `Exactly once: all ${items(v.produced)} delivered, each once, in order for every producer.` };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
