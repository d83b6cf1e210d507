// "Download results" in the Python lab: the last search, with the settings it ran with as "Your runs"
// recorded them, even after the form has changed.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PYTHON } from '../../core/python/link.ts';
import type { SearchResult } from '../../core/python/runtime/types.ts';
import { pythonSearchRecord } from '../../state/pythonRunRecord.ts';
import { useStore } from '../../state/store.ts';
import { PYTHON_RESULTS } from './HistogramResults.ts';

const RESULT: SearchResult = {
  outcomes: [{ outcome: { stdout: '2', end: 'finished', key: 'finished|2', why: 'Finished.' }, count: 3, witness: [1, 0], stderr: '', waitFor: null }],
  complete: true,
  states: 12,
  schedules: 3,
  cyclic: false,
};

const initial = useStore.getState();
afterEach(() => useStore.setState(initial, true));

describe('the Python lab’s download', () => {
  it('exports the last search with the settings it ran with, not the form’s', () => {
    const ran = { ...DEFAULT_PYTHON, seed: 7, switch: 'gil' as const };
    const record = pythonSearchRecord(ran, { name: 'x', source: 'x = 1\n', example: null }, 'explore', false, RESULT, null);
    useStore.setState({ pySearch: { kind: 'explore', status: 'done', progress: null, result: RESULT, error: null, source: 'x = 1\n', elapsedMs: 5, workers: 1 } });
    useStore.getState().recordRun('python', record);
    useStore.getState().setParams('python', { seed: 8, switch: 'every' });
    const doc = PYTHON_RESULTS.lastRun(useStore.getState());
    expect(doc?.params).toEqual(ran);
    expect(doc?.results).toMatchObject({ search: 'explore', complete: true, schedules: 3, states: 12 });
  });

  it('has nothing to export while the search runs, or before any', () => {
    expect(PYTHON_RESULTS.lastRun(useStore.getState())).toBeNull();
    useStore.setState({ pySearch: { kind: 'sample', status: 'running', progress: null, result: null, error: null, source: '', elapsedMs: 0, workers: 1 } });
    expect(PYTHON_RESULTS.lastRun(useStore.getState())).toBeNull();
  });
});
