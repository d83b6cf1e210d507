// The seed's check-then-act consumer for the Explorer: `while not q.empty(): q.get()` races a
// producer and may quit before the items arrive. Fixed: the producer ends with a sentinel and
// the consumer blocks in get() until it sees it.
import { assemble, ThreadBuilder } from './assemble.ts';
import { SENTINEL, type Program } from './program.ts';

export function checkThenAct(items: number, fixed: boolean): Program {
  const producer = new ThreadBuilder('Producer');
  const pad = items > 1 ? '    ' : '';
  if (items > 1) producer.line(`for i in range(1, ${items + 1}):`);
  const put = producer.line(items > 1 ? `${pad}q.put(i)` : 'q.put(1)');
  for (let i = 1; i <= items; i++) producer.emit(put, { op: 'put', src: i });
  if (fixed) producer.line('q.put(None)   # no more items', { op: 'put', src: SENTINEL });

  const consumer = new ThreadBuilder('Consumer');
  consumer.label('top');
  if (fixed) {
    const loop = consumer.line('while True:');
    consumer.line('    item = q.get()', { op: 'get', r: 'item' });
    consumer.line('    if item is None: break', { op: 'jumpIf', r: 'item', cmp: 'eq', value: SENTINEL, to: 'end' });
    consumer.emit(loop, { op: 'jump', to: 'top' });
  } else {
    const loop = consumer.line('while not q.empty():', { op: 'size', r: 'n' }, { op: 'jumpIf', r: 'n', cmp: 'eq', value: 0, to: 'end' });
    consumer.line('    item = q.get()', { op: 'get', r: 'item' });
    consumer.emit(loop, { op: 'jump', to: 'top' });
  }
  consumer.label('end');

  return assemble({
    scenario: 'check-then-act',
    title: fixed ? 'Consumer stops at a sentinel' : 'Check, then act: q.empty()',
    vars: {},
    // Room for every item and the sentinel: the producer never waits, so only the consumer's logic decides.
    queue: { name: 'q', capacity: items + 1 },
    threads: [producer, consumer],
    judge: { kind: 'queue', items },
  });
}
