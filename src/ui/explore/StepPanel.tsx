// Step mode: each thread's code with its next line, a Step button per thread, undo/redo/reset,
// playback of a loaded schedule, the shared state, and what went wrong when it does.
import { useId } from 'react';
import { canRedo, canUndo, currentState } from '../../core/explore/history.ts';
import { verdict } from '../../core/explore/outcome.ts';
import { SCENARIOS } from '../../core/explore/scenarios.ts';
import { threadStatuses } from '../../core/explore/status.ts';
import { waitForGraph } from '../../core/explore/waitFor.ts';
import { redoStep, resetSteps, setPlaying, undoStep } from '../../state/explorerActions.ts';
import type { ExplorerSession } from '../../state/exploreSlice.ts';
import { useStore } from '../../state/store.ts';
import { CopyLinkButton } from '../common/CopyLinkButton.tsx';
import { SteadyButton } from '../common/SteadyButton.tsx';
import { CapturedNote } from './CapturedNote.tsx';
import { STEP_PANEL_ID } from './navigate.ts';
import { ScheduleStrip } from './ScheduleStrip.tsx';
import { SharedState } from './SharedState.tsx';
import { ThreadColumn } from './ThreadColumn.tsx';
import { verdictView } from './verdictView.ts';
import { WaitForGraphView } from './WaitForGraphView.tsx';

export function StepPanel({ session }: { session: ExplorerSession }) {
  const playing = useStore((s) => s.playing);
  const titleId = useId();
  const { program, history: h, captured, params } = session;
  const state = currentState(h);
  const prev = h.at > 0 ? (h.states[h.at - 1] ?? null) : null;
  const statuses = threadStatuses(state);
  const v = verdict(state);
  const view = verdictView(v);
  const next = h.schedule[h.at];
  const scenario = SCENARIOS[params.scenario];
  const story = captured ? null : params.fixed ? scenario.fixedDescription : scenario.description;

  return (
    <section className="panel step-panel" id={STEP_PANEL_ID} aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId}>
        Step through it · {program.title}
        {captured && <span className="tag tag-warn">captured</span>}
      </h2>
      {story && <p className="story">{story}</p>}
      {captured && <CapturedNote race={captured} />}

      <div className="step-toolbar" role="toolbar" aria-label="Step controls">
        <SteadyButton unavailable={!canUndo(h)} onPress={undoStep} aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl+Z)">
          Undo
        </SteadyButton>
        <SteadyButton
          unavailable={!canRedo(h)}
          onPress={redoStep}
          aria-keyshortcuts="ArrowRight Control+Shift+Z Meta+Shift+Z Control+Y"
          title="Redo (→, Ctrl+Shift+Z or Ctrl+Y)"
        >
          Redo
        </SteadyButton>
        <SteadyButton unavailable={h.at === 0} onPress={resetSteps} title="Back to the start; the steps stay for Redo">
          Reset
        </SteadyButton>
        <SteadyButton
          unavailable={!canRedo(h) && !playing}
          aria-pressed={playing}
          aria-keyshortcuts="P"
          title="Play the steps ahead, one a second (P)"
          onPress={() => setPlaying(!playing)}
        >
          {playing ? 'Pause' : 'Play'}
        </SteadyButton>
        <CopyLinkButton copied={captured ? 'Link copied: it reopens the lost-update scenario (a captured race is not in links).' : 'Link copied: it reopens this scenario at this step.'} />
        <span className="step-count">
          Step {h.at}
          {h.schedule.length > h.at ? ` of ${h.schedule.length}` : ''}
        </span>
      </div>

      <p className="narrative" aria-live="polite">
        {state.last
          ? state.last.text
          : canRedo(h)
            ? `Press Play (or Redo) to follow the loaded schedule from the start, ${program.threads[next ?? 0]?.name ?? ''} first; or pick a thread yourself.`
            : 'Pick the thread that runs next: press its Step button, or its number key (1, 2, …). Undo with Ctrl+Z.'}
      </p>
      {view && (
        <div className={`verdict step-verdict ${view.bad ? 'verdict-bad' : 'verdict-ok'}`} role="status" data-testid="step-verdict" data-kind={view.kind}>
          <strong>{view.title}.</strong> {view.text}
        </div>
      )}

      <div className="threads">
        {program.threads.map((code, t) => (
          <ThreadColumn key={t} index={t} code={code} state={state} status={statuses[t]!} isNext={next === t} />
        ))}
      </div>

      {v.outcome?.kind === 'deadlock' && <WaitForGraphView graph={waitForGraph(state)} caption={v.outcome.why} showCaption={false} />}
      <SharedState state={state} prev={prev} />
      <ScheduleStrip history={h} />
    </section>
  );
}
