// The Litmus lab's "Download results": each outcome's count, named as the page names it.
import { litmusOutcomes } from '../../core/litmus/index.ts';
import { statusIfRan, type LabResults } from '../common/labResults.ts';

export const LITMUS_RESULTS: LabResults<'litmus'> = {
  lastRun: (s) => {
    const r = s.litmusResult;
    if (!s.litmusRunParams || !r) return null;
    return {
      params: s.litmusRunParams,
      results: {
        status: statusIfRan(s, 'litmus'),
        total: r.counted,
        // In the table's order, named as the page's `data-outcome` (r0 then r1).
        outcomes: litmusOutcomes(r.test).map((o) => ({
          outcome: `${o.r0}${o.r1}`,
          allowedUnderSC: o.allowedUnderSC,
          count: r.tally.counts[o.index] ?? 0,
        })),
        forbidden: r.relaxed,
        together: r.tally.together,
        invalid: r.tally.invalid,
        stopped: r.stopped,
        elapsedMs: r.elapsedMs,
      },
    };
  },
};
