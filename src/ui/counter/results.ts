// The Counter lab's "Download results": the last trial's figures and every trial.
import { statusIfRan, type LabResults } from '../common/labResults.ts';

export const COUNTER_RESULTS: LabResults<'counter'> = {
  lastRun: (s) => {
    const last = s.trials[s.trials.length - 1];
    if (!s.runParams || !last) return null;
    return {
      params: s.runParams,
      results: {
        status: statusIfRan(s, 'counter'),
        expected: last.expected,
        actual: last.actual,
        lost: last.lost,
        throughput: last.throughput,
        trials: s.trials,
      },
    };
  },
};
