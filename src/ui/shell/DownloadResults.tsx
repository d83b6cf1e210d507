// "Download results": the run's settings, bare numbers and machine as a JSON file, from a lab's results panel.
import { useStore, type AppState } from '../../state/store.ts';
import { currentLink } from '../../state/settingsSlice.ts';
import { download, fileName, machineInfo, resultsDocument, toJson } from './exportResults.ts';

type ExportLab = 'counter' | 'queue';

/** The settings and results of the last run of a lab, or null before it has one. */
function lastRun(s: AppState, lab: ExportLab): { params: unknown; results: unknown } | null {
  if (lab === 'counter') {
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
  }
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
}

export function DownloadResults({ lab }: { lab: ExportLab }) {
  const has = useStore((s) => lastRun(s, lab) !== null);
  const running = useStore((s) => s.status === 'running' && s.runLab === lab);
  const save = (): void => {
    const run = lastRun(useStore.getState(), lab);
    if (!run) return;
    const at = new Date();
    // The link reopens the settings the run used, even if the form has changed since.
    const s = useStore.getState();
    const settings = lab === 'counter' ? { ...s, lab, counter: s.runParams ?? s.counter } : { ...s, lab, queue: s.queueRunParams ?? s.queue };
    const link = `${location.origin}${location.pathname}?${currentLink(settings)}`;
    const doc = resultsDocument(lab, run.params, run.results, link, machineInfo(), at);
    download(new Blob([toJson(doc)], { type: 'application/json' }), fileName(lab, 'results', 'json', at));
  };
  return (
    <button type="button" className="button small" disabled={!has || running} onClick={save}>
      Download results
    </button>
  );
}
