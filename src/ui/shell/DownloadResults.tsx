// "Download results": the run's settings, bare numbers and machine as a JSON file, from a lab's results panel.
import type { LabSettings } from '../../core/params/link.ts';
import { useStore, type AppState } from '../../state/store.ts';
import { currentLink } from '../../state/settingsSlice.ts';
import { litmusOutcomes } from '../../core/litmus/index.ts';
import { headlineRatio, sharingRatios } from '../../engine/scalingResult.ts';
import { download, fileName, machineInfo, resultsDocument, toJson } from './exportResults.ts';

interface LastRun {
  readonly params: unknown;
  readonly results: unknown;
}

interface LabExport {
  /** The settings and results of the lab's last run, or null before it has one. */
  readonly lastRun: (s: AppState) => LastRun | null;
  /** The settings the link reopens: the ones the run used, even if the form has changed since. */
  readonly settings: (s: AppState) => LabSettings;
}

/** What each lab exports; one button serves them all. */
const EXPORTS = {
  counter: {
    lastRun: (s) => {
      const last = s.trials[s.trials.length - 1];
      if (!s.runParams || !last) return null;
      return {
        params: s.runParams,
        results: {
          status: s.runLab === 'counter' ? s.status : null,
          expected: last.expected,
          actual: last.actual,
          lost: last.lost,
          throughput: last.throughput,
          trials: s.trials,
        },
      };
    },
    settings: (s) => ({ ...s, lab: 'counter', counter: s.runParams ?? s.counter }),
  },
  queue: {
    lastRun: (s) => {
      const r = s.queueResult;
      if (!s.queueRunParams || !r) return null;
      const v = r.verdict;
      return {
        params: s.queueRunParams,
        results: {
          status: r.status,
          produced: v.produced,
          consumed: v.consumed,
          lost: v.lost,
          duplicated: v.duplicated,
          left: v.left,
          outOfOrder: v.outOfOrder,
          throughput: r.throughput,
          elapsedMs: r.elapsedMs,
          verdict: v,
          latency: r.latency,
          workers: r.workers,
          ...(r.diagnosis === undefined ? {} : { diagnosis: r.diagnosis }),
        },
      };
    },
    settings: (s) => ({ ...s, lab: 'queue', queue: s.queueRunParams ?? s.queue }),
  },
  litmus: {
    lastRun: (s) => {
      const r = s.litmusResult;
      if (!s.litmusRunParams || !r) return null;
      return {
        params: s.litmusRunParams,
        results: {
          status: s.runLab === 'litmus' ? s.status : null,
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
    settings: (s) => ({ ...s, lab: 'litmus', litmus: s.litmusRunParams ?? s.litmus }),
  },
  scaling: {
    lastRun: (s) => {
      const r = s.scalingResult;
      if (!s.scalingRunParams || !r) return null;
      const ratios = sharingRatios(r.points);
      return {
        params: s.scalingRunParams,
        results: { status: s.runLab === 'scaling' ? s.status : null, ...r, ratios, headline: headlineRatio(ratios, r.cores) },
      };
    },
    settings: (s) => ({ ...s, lab: 'scaling', scaling: s.scalingRunParams ?? s.scaling }),
  },
} as const satisfies Record<string, LabExport>;

export type ExportLab = keyof typeof EXPORTS;

export function DownloadResults({ lab }: { lab: ExportLab }) {
  const has = useStore((s) => EXPORTS[lab].lastRun(s) !== null);
  const running = useStore((s) => s.status === 'running' && s.runLab === lab);
  const save = (): void => {
    const s = useStore.getState();
    const run = EXPORTS[lab].lastRun(s);
    if (!run) return;
    const at = new Date();
    const link = `${location.origin}${location.pathname}?${currentLink(EXPORTS[lab].settings(s))}`;
    const doc = resultsDocument(lab, run.params, run.results, link, machineInfo(), at);
    download(new Blob([toJson(doc)], { type: 'application/json' }), fileName(lab, 'results', 'json', at));
  };
  return (
    <button type="button" className="button small" disabled={!has || running} onClick={save}>
      Download results
    </button>
  );
}
