// The Python lab's "Download results": the last Explore all or Sample, each outcome with its count,
// how it ended, its witness (the run's seed and schedule) and, for Explore all, its fewest preemptions.
import { withWitness } from '../../core/python/runtime/merge.ts';
import type { LabResults } from '../common/labResults.ts';

export const PYTHON_RESULTS: LabResults<'python'> = {
  lastRun: (s) => {
    const search = s.pySearch;
    const r = search?.result ?? null;
    const list = r?.outcomes ?? search?.progress?.outcomes ?? null;
    const other = r ? r.other : search?.progress?.other;
    if (!search || !list || search.status === 'running') return null;
    // The settings it ran with, as "Your runs" recorded them (the form may have changed since).
    const ran = s.history.python.find((record) => record.mode !== 'run');
    return {
      params: ran?.params ?? s.python,
      results: {
        search: search.kind,
        status: search.status,
        complete: r?.complete ?? false,
        schedules: r?.schedules ?? list.reduce((n, o) => n + Number(o.count), Number(other?.count ?? 0)),
        states: r?.states ?? null,
        workers: search.workers,
        elapsedMs: search.elapsedMs,
        pct: r?.pct ?? null,
        outcomes: list.map((o) => {
          const w = withWitness(o);
          return { printed: o.outcome.stdout, end: o.outcome.end, count: o.count, preemptions: o.preemptions ?? null, witness: { seed: w?.seed ?? null, schedule: w?.witness ?? [] } };
        }),
        /** Schedules whose outcomes the list leaves off (it keeps the most frequent). */
        otherSchedules: other?.count ?? 0,
      },
    };
  },
};
