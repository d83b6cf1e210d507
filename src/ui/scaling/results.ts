// The Scaling lab's "Download results": every measured point, the padded-over-adjacent ratios and the headline.
import { headlineRatio, sharingRatios } from '../../engine/scalingResult.ts';
import { statusIfRan, type LabResults } from '../common/labResults.ts';

export const SCALING_RESULTS: LabResults<'scaling'> = {
  lastRun: (s) => {
    const r = s.scalingResult;
    if (!s.scalingRunParams || !r) return null;
    const ratios = sharingRatios(r.points);
    return {
      params: s.scalingRunParams,
      results: { status: statusIfRan(s, 'scaling'), ...r, ratios, headline: headlineRatio(ratios, r.cores) },
    };
  },
};
