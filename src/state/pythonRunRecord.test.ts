// A Python run in "Your runs": Run, Explore all and Sample each leave a record of the program as it
// ran, its settings and how many ways it ended, in the Python lab's own list; reopening one brings
// back its program and settings.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleById } from '../core/python/examples/examples.ts';
import { DEFAULT_PYTHON } from '../core/python/link.ts';
import type { Outcome, OutcomeCount, SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import type { SearchJob } from '../engine/pythonEngine.ts';
import type { RunSummary, SessionView } from '../workers/pythonApiTypes.ts';
import { firstLine, pythonRunRecord, pythonSearchRecord } from './pythonRunRecord.ts';
import { useStore } from './store.ts';

const outcome = (stdout: string, end: Outcome['end'] = 'finished'): Outcome => ({ stdout, end, key: `${end}|${stdout}`, why: 'Finished.' });
const found = (stdout: string, count: number): OutcomeCount => ({ outcome: outcome(stdout), count, witness: [], stderr: '', waitFor: null });
const SUMMARY: RunSummary = { outcome: outcome('200000'), steps: 40, moves: 12, stderr: '' };
const RESULT: SearchResult = { outcomes: [found('2', 6), found('1', 4)], complete: true, states: 57, schedules: 10, cyclic: false };
const PROGRAM = { name: 'import threading', source: 'import threading\n', example: null };

// The interpreter's workers, as the actions reach them: a session that answers at once, and a search that ends when the test says.
const session = { view: { threads: [], outcome: null }, position: 0, length: 0 } as unknown as SessionView;
const api = {
  check: () => Promise.resolve({ errors: [], listing: [] }),
  open: () => Promise.resolve({ ok: true, session }),
  run: () => Promise.resolve({ summary: SUMMARY, session }),
  seek: () => Promise.resolve(session),
};
let finishSearch: (r: SearchResult | null) => void = () => undefined;
vi.mock('../engine/pythonEngine.ts', () => ({
  sessionCall: (f: (a: typeof api) => Promise<unknown>) => f(api),
  resetSession: () => undefined,
  startSearch: (_kind: string, _source: string, _settings: unknown, _options: unknown, onProgress: (p: SearchProgress) => void): SearchJob => {
    queueMicrotask(() => onProgress({ done: 3, pending: 1, outcomes: [found('2', 1)] }));
    return { workers: 1, stop: () => finishSearch(null), done: new Promise((resolve) => (finishSearch = resolve)) };
  },
}));

const initial = useStore.getState();
afterEach(() => useStore.setState(initial, true));

describe('the record of a Python run', () => {
  it('names the learner’s program by its first line of code, shortened', () => {
    expect(firstLine('# a comment\n\n   import threading  \nx = 1')).toBe('import threading');
    expect(firstLine('')).toBe('(empty program)');
    const long = firstLine(`counter = ${'1 + '.repeat(20)}1`);
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });

  it('Run: one schedule, what it printed and how it ended', () => {
    expect(pythonRunRecord(DEFAULT_PYTHON, PROGRAM, SUMMARY)).toMatchObject({ mode: 'run', status: 'done', outcomes: 1, schedules: 1, states: null, printed: '200000' });
    expect(pythonRunRecord(DEFAULT_PYTHON, PROGRAM, { ...SUMMARY, outcome: outcome('1', 'deadlock') }).printed).toBe('deadlock: 1');
    expect(pythonRunRecord(DEFAULT_PYTHON, PROGRAM, { ...SUMMARY, outcome: outcome('', 'deadlock') }).printed).toBe('deadlock');
  });

  it('Explore all: distinct outcomes, schedules, states and whether it covered them all', () => {
    expect(pythonSearchRecord(DEFAULT_PYTHON, PROGRAM, 'explore', false, RESULT, null)).toMatchObject({ mode: 'explore', status: 'done', outcomes: 2, more: false, schedules: 10, states: 57, complete: true });
    const left = pythonSearchRecord(DEFAULT_PYTHON, PROGRAM, 'explore', false, { ...RESULT, complete: false, other: { count: 3 } }, null);
    expect(left).toMatchObject({ outcomes: 2, more: true, complete: false });
  });

  it('a search stopped before it answered counts from its last progress; one stopped before any keeps nothing', () => {
    const progress: SearchProgress = { done: 9, pending: 4, outcomes: [found('2', 5), found('1', 2)], other: { count: 1 } };
    expect(pythonSearchRecord(DEFAULT_PYTHON, PROGRAM, 'sample', true, null, progress)).toMatchObject({ mode: 'sample', status: 'stopped', outcomes: 2, more: true, schedules: 8, states: null });
    expect(pythonSearchRecord(DEFAULT_PYTHON, PROGRAM, 'explore', true, null, progress)?.states).toBe(9);
    expect(pythonSearchRecord(DEFAULT_PYTHON, PROGRAM, 'sample', true, null, null)).toBeNull();
  });
});

describe('Python runs in "Your runs"', () => {
  it('Run, Explore all and a stopped Sample each land first in the Python lab’s list, and only there', async () => {
    const { runOnce, startPySearch, stopPython } = await import('./pythonActions.ts');
    const source = exampleById('lost-update').source;
    useStore.setState({ pySource: source, pyExample: 'lost-update', history: { ...initial.history, python: [] } });
    useStore.getState().setParams('python', { seed: 7 });
    await runOnce();
    const explore = startPySearch('explore');
    finishSearch(RESULT);
    await explore;
    const sample = startPySearch('sample');
    stopPython();
    await sample;
    const { history } = useStore.getState();
    expect(history.python.map((r) => [r.mode, r.status])).toEqual([
      ['sample', 'stopped'],
      ['explore', 'done'],
      ['run', 'done'],
    ]);
    expect(history.python.every((r) => r.program === exampleById('lost-update').title && r.example === 'lost-update' && r.params.seed === 7)).toBe(true);
    expect([history.counter, history.queue, history.litmus, history.scaling].flat()).toHaveLength(0);
  });

  it('reopening a record brings back its program and settings, even after the learner moved on', async () => {
    const { reopenRun } = await import('./pythonActions.ts');
    const own = 'import threading\nprint(1)\n';
    const record = pythonRunRecord({ ...DEFAULT_PYTHON, switch: 'timer', quantum: 5, seed: 42 }, { name: firstLine(own), source: own, example: null }, SUMMARY);
    useStore.setState({ pySource: exampleById('rendezvous').source, pyExample: 'rendezvous' });
    useStore.getState().setParams('python', { program: { kind: 'example', id: 'rendezvous' }, seed: 1 });
    reopenRun(record);
    const s = useStore.getState();
    expect([s.pySource, s.pyExample]).toEqual([own, null]);
    expect(s.python).toMatchObject({ switch: 'timer', quantum: 5, seed: 42 });
    // Its link is packed again from the text it ran.
    await vi.waitFor(() => expect(useStore.getState().python.program.kind).toBe('code'));
  });
});
