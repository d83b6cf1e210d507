// The Counter lab's "Download results": the last trial's figures and every trial.
import { statusIfRan, type LabResults } from '../common/labResults.ts';

export const COUNTER_RESULTS: LabResults<'counter'> = {
  lastRun: (s) => {
    const last = s.counterTrials[s.counterTrials.length - 1];
    if (!s.counterRunParams || !last) return null;
    return {
      params: s.counterRunParams,
      results: {
        status: statusIfRan(s, 'counter'),
        expected: last.expected,
        actual: last.actual,
        lost: last.lost,
        throughput: last.throughput,
        trials: s.counterTrials,
      },
    };
  },
};
