// The Python lab: a real Python threading program (an example or the learner's own) in an editor,
// stepped thread by thread, run on one random schedule, explored in full or sampled. Loaded on
// demand; the interpreter runs in workers.
import { useEffect, useMemo } from 'react';
import { exampleById } from '../../core/python/examples/examples.ts';
import { dismissPyNotice, editProgram, openProgram } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { LabLayout } from '../common/LabLayout.tsx';
import { PythonEditor } from './editor/PythonEditor.tsx';
import { Listing } from './Listing.tsx';
import { Outcomes } from './Outcomes.tsx';
import { SampleReport } from './Histogram.tsx';
import { Settings } from './Settings.tsx';
import { OutputView, StateView } from './StateView.tsx';
import { Toolbar } from './Toolbar.tsx';
import { YourRuns } from './YourRuns.tsx';
import { draftToOpen, useAutosave } from './useAutosave.ts';
import { useRevealResults } from './useReveal.ts';
import { threadLabel } from './threadLabel.ts';
import '../common/lab.css';
import './python.css';
import { RichText } from '../common/RichText.tsx';

function ProgramError() {
  const errors = useStore((s) => s.pyErrors);
  const first = errors[0];
  if (!first) return null;
  return (
    <div className="py-error" data-testid="program-error" role="alert">
      <strong>The program cannot run yet.</strong> {first.message.startsWith('line ') ? first.message : `line ${first.line}: ${first.message}`}
      {errors.length > 1 && <span className="hint"> ({errors.length - 1} more underlined in the editor)</span>}
    </div>
  );
}

function Teach() {
  const example = useStore((s) => s.pyExample);
  if (!example) {
    return (
      <section className="py-teach" aria-label="What to notice">
        <h3>Your program</h3>
        <p>Step each thread and watch the shared objects; then Explore all to see every way it can end, or Sample when it is too large.</p>
      </section>
    );
  }
  const e = exampleById(example);
  return (
    <section className="py-teach" aria-label="What to notice">
      <h3>{e.title}</h3>
      <p>
        <strong>Notice:</strong> <RichText text={e.notice} />
      </p>
      <p>
        <strong>Try this:</strong> <RichText text={e.tryThis} />
      </p>
      <p>
        <strong>What you should see:</strong> <RichText text={e.expect} />
      </p>
    </section>
  );
}

function Notice() {
  const notice = useStore((s) => s.pyNotice);
  if (!notice) return null;
  return (
    <div className="notice-bar py-notice" role="status">
      <p>{notice}</p>
      <button type="button" className="button small ghost" onClick={dismissPyNotice}>
        Dismiss
      </button>
    </div>
  );
}

export default function PythonLab() {
  const source = useStore((s) => s.pySource);
  const errors = useStore((s) => s.pyErrors);
  const session = useStore((s) => s.pySession);
  const listing = useStore((s) => s.pyListing);
  useAutosave();
  useRevealResults();

  useEffect(() => {
    if (useStore.getState().pySource === null) void openProgram(draftToOpen());
  }, []);

  const threadLines = useMemo(
    () =>
      (session?.view.threads ?? [])
        .filter((t) => t.line !== null && t.status !== 'new' && t.status !== 'done' && t.status !== 'failed')
        .map((t) => ({ colour: t.id, label: threadLabel(t.id), line: t.line! })),
    [session],
  );
  const editorErrors = useMemo(() => errors.map((e) => ({ from: e.from, to: e.to, message: e.message })), [errors]);

  return (
    <LabLayout
      name="python-lab"
      title="Python lab"
      intro="Paste a Python threading program or pick an example. Step one thread at a time, Run one random schedule, or Explore all to see every way it can end."
      settings={<Settings />}
    >
      <Notice />
      <ProgramError />
      <Toolbar />
      <div className="py-main">
        <div className="py-code">
          {source === null ? (
            <p className="loading">Opening the link’s program…</p>
          ) : (
            <PythonEditor source={source} onChange={editProgram} errors={editorErrors} threadLines={threadLines} label="Python program" />
          )}
          {session && <Listing threads={session.view.threads} listing={listing} />}
        </div>
        <div className="py-view">{session ? <StateView view={session.view} listing={listing} /> : <p className="hint">The threads and objects appear when the program compiles.</p>}</div>
      </div>
      {session && <OutputView view={session.view} />}
      {session?.view.outcome && (
        <p className={`py-ended py-end-${session.view.outcome.end}`} data-testid="run-outcome" data-end={session.view.outcome.end}>
          {session.view.outcome.why}
        </p>
      )}
      <Outcomes />
      <SampleReport />
      <YourRuns />
      <Teach />
    </LabLayout>
  );
}
