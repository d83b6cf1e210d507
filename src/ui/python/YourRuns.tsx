// The Python lab's runs of this visit, newest first: which program, Run, Explore all or Sample, the
// settings, and how many ways it ended. The program's name reopens it with those settings.
import type { MouseEvent } from 'react';
import { defaultSettings, encodeLink } from '../../core/params/link.ts';
import type { Recorded } from '../../state/historySlice.ts';
import type { PythonRunMode } from '../../state/pythonRunRecord.ts';
import { formatCount } from '../common/format.ts';
import { RunHistory, TwoLines, type HistoryColumn } from '../common/RunHistory.tsx';
import { isModifiedClick } from '../shell/navigation.ts';

type Row = Recorded<'python'>;

const MODE_LABELS: Record<PythonRunMode, string> = { run: 'Run', explore: 'Explore all', sample: 'Sample' };
const SWITCH_WORDS = { every: 'every instruction', gil: 'GIL', timer: 'timer' } as const;

/** The settings that shaped this run, in a few words. */
function settingsWords(r: Row): string {
  const p = r.params;
  const switching = p.switch === 'timer' ? `timer, quantum ${p.quantum}` : SWITCH_WORDS[p.switch];
  if (r.mode === 'run') return `${switching}; seed ${p.seed}`;
  if (r.mode === 'sample') return `${switching}; ${formatCount(p.samples)} ${p.sampler === 'pct' ? `PCT d=${p.depth}` : 'random'}, seed ${p.seed}`;
  const cap = p.preemptions === 'all' ? 'any preemptions' : `≤ ${p.preemptions} preemptions`;
  return `${switching}; ${cap}${p.reduce === 'on' ? ', reduced' : ''}`;
}

function Reopen({ record }: { record: Row }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    // The actions load with the lab, which is open when its runs are listed.
    void import('../../state/pythonActions.ts').then((m) => m.reopenRun(record));
  };
  return (
    // A long name is cut to two lines (python.css); the title holds all of it.
    <a
      className="py-run-name"
      href={`?${encodeLink({ ...defaultSettings('python'), python: record.params })}`}
      onClick={onClick}
      title={`Reopen “${record.program}” with these settings`}
    >
      {record.program}
    </a>
  );
}

const count = (n: number | string): string => (typeof n === 'number' ? formatCount(n) : n);

export const PYTHON_HISTORY: readonly HistoryColumn<Row>[] = [
  { head: 'Program', words: true, cell: (r) => <Reopen record={r} /> },
  { head: <TwoLines main="Mode" sub="settings" />, words: true, cell: (r) => <TwoLines main={MODE_LABELS[r.mode]} sub={settingsWords(r)} /> },
  // Run's one outcome is what it printed; a search's, how many different ones it found.
  { head: 'Outcomes', cell: (r) => (r.printed === null ? `${r.outcomes}${r.more ? '+' : ''}` : r.printed === '' ? '(printed nothing)' : r.printed) },
  { head: 'Schedules', cell: (r) => count(r.schedules) },
  { head: 'States', cell: (r) => (r.states === null ? '—' : formatCount(r.states)) },
  {
    head: 'Ended',
    words: true,
    cell: (r) => (r.mode === 'run' ? 'one schedule' : r.status === 'stopped' ? 'stopped' : r.mode === 'sample' ? 'done' : r.complete ? 'complete' : 'incomplete'),
    tone: (r) => (r.mode === 'explore' && r.complete ? 'ok' : null),
  },
];

export function YourRuns() {
  return <RunHistory lab="python" columns={PYTHON_HISTORY} />;
}
