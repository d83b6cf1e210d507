// "Download results": the run's settings, bare numbers and machine as a JSON file, from a lab's results panel.
import type { Lab } from '../../core/params/link.ts';
import { currentLink } from '../../state/settingsSlice.ts';
import { useStore } from '../../state/store.ts';
import { labDefinition } from '../labs.ts';
import { download, fileName, machineInfo, resultsDocument, toJson } from './exportResults.ts';

export function DownloadResults({ lab }: { lab: Lab }) {
  const results = labDefinition(lab).results;
  const has = useStore((s) => results?.lastRun(s) != null);
  const running = useStore((s) => s.status === 'running' && s.runLab === lab);
  const save = (): void => {
    const s = useStore.getState();
    const run = results?.lastRun(s);
    if (!run) return;
    const at = new Date();
    // The settings the link reopens are the ones the run used, even if the form has changed since.
    const link = `${location.origin}${location.pathname}?${currentLink({ ...s, lab, [lab]: run.params })}`;
    const doc = resultsDocument(lab, run.params, run.results, link, machineInfo(), at);
    download(new Blob([toJson(doc)], { type: 'application/json' }), fileName(lab, 'results', 'json', at));
  };
  return (
    <button type="button" className="button small" disabled={!has || running} onClick={save}>
      Download results
    </button>
  );
}
