// The lab registry: one definition per lab, composed from the parts each layer owns (the link schema in
// core, the run in state, the page, export and history columns here). Shared code iterates it and never
// asks which lab is open; a lab missing a part does not compile.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { linkOf, type Lab, type LabParams } from '../core/params/link.ts';
import type { LabLink } from '../core/params/schema.ts';
import { COUNTER_RUN } from '../state/counterRunSlice.ts';
import type { HistoryLab, Recorded } from '../state/historySlice.ts';
import type { LabRun } from '../state/labRun.ts';
import type { RunActionKey } from '../state/labRunSlice.ts';
import type { AppState } from '../state/store.ts';
import { LITMUS_RUN } from '../state/litmusRunSlice.ts';
import { QUEUE_RUN } from '../state/queueRunSlice.ts';
import { SCALING_RUN } from '../state/scalingRunSlice.ts';
import type { LabResults } from './common/labResults.ts';
import { EXPLORER_SHORTCUTS } from './explore/stepKeys.ts';
import type { KeyRow } from './shell/shortcuts.ts';
import type { HistoryColumn } from './common/RunHistory.tsx';
import { COUNTER_HISTORY } from './counter/YourRuns.tsx';
import { COUNTER_RESULTS } from './counter/results.ts';
import { LITMUS_HISTORY } from './litmus/YourRuns.tsx';
import { LITMUS_RESULTS } from './litmus/results.ts';
import { QUEUE_HISTORY } from './queue/YourRuns.tsx';
import { QUEUE_RESULTS } from './queue/results.ts';
import { SCALING_HISTORY } from './scaling/YourRuns.tsx';
import { SCALING_RESULTS } from './scaling/results.ts';
import { PYTHON_RESULTS } from './python/HistogramResults.ts';
import { PYTHON_HISTORY } from './python/YourRuns.tsx';

/** Where a lab's race can still be seen when the page cannot run real threads. */
export type WithoutThreads =
  /** The lab runs no threads at all: it works as it is (the note says so). */
  | { readonly needs: 'nothing'; readonly note: string }
  /** The Explorer link that shows the same race on the simulated scheduler; `inPage` when the lab offers it itself. */
  | { readonly needs: 'threads'; readonly simulated: string; readonly inPage: boolean };

/** The labs whose run slice (from the run-slice factory) puts a run action in the store: Run, Stop and Space drive them. */
type SharedRunLab = { [L in HistoryLab]: RunActionKey<L> extends keyof AppState ? L : never }[HistoryLab];

/**
 * A lab that keeps runs exports them and lists them; if its run slice is in the store, the shared
 * controls drive it (a lab with controls of its own, as the Python lab, records its runs itself). A
 * lab that keeps no runs has no run (it may still export).
 */
type RunParts<L extends Lab> = L extends HistoryLab
  ? {
      /** Run, Stop and Space. */
      readonly run: L extends SharedRunLab ? LabRun : null;
      /** "Download results". */
      readonly results: LabResults<L>;
      /** The columns of "Your runs". */
      readonly history: readonly HistoryColumn<Recorded<L>>[];
    }
  : {
      readonly run: null;
      /** "Download results", where the lab has something to export without runs of its own. */
      readonly results: LabResults<L> | null;
      readonly history: null;
    };

export type LabDefinition<L extends Lab = Lab> = RunParts<L> & {
  readonly link: LabLink<L, LabParams<L>>;
  /** The lab's page, loaded when the lab opens. */
  readonly Page: LazyExoticComponent<ComponentType>;
  /** Its live view is an animated canvas: the motion toggle and Save as PNG apply to it. */
  readonly liveCanvas: boolean;
  /** It draws uPlot charts: the library is fetched in an idle moment when the lab opens. */
  readonly charts: boolean;
  readonly withoutThreads: WithoutThreads;
  /** Keys the lab adds, or gives its own meaning (the help dialog lists them under its title). */
  readonly shortcuts: readonly KeyRow[];
};

const LOST_UPDATE = 'lab=explore&scenario=lost-update';

export const LAB_REGISTRY: { readonly [L in Lab]: LabDefinition<L> } = {
  counter: {
    link: linkOf('counter'),
    Page: lazy(() => import('./counter/CounterLab.tsx')),
    run: COUNTER_RUN,
    results: COUNTER_RESULTS,
    history: COUNTER_HISTORY,
    liveCanvas: true,
    charts: true,
    withoutThreads: { needs: 'threads', simulated: LOST_UPDATE, inPage: true },
    shortcuts: [],
  },
  queue: {
    link: linkOf('queue'),
    Page: lazy(() => import('./queue/QueueLab.tsx')),
    run: QUEUE_RUN,
    results: QUEUE_RESULTS,
    history: QUEUE_HISTORY,
    liveCanvas: true,
    charts: true,
    withoutThreads: { needs: 'threads', simulated: 'lab=explore&scenario=check-then-act', inPage: true },
    shortcuts: [],
  },
  explore: {
    link: linkOf('explore'),
    Page: lazy(() => import('./explore/ExplorerLab.tsx')),
    run: null,
    results: null,
    history: null,
    liveCanvas: false,
    charts: false,
    withoutThreads: { needs: 'nothing', note: 'The Explorer needs no real threads: it works on this page as it is.' },
    shortcuts: EXPLORER_SHORTCUTS,
  },
  litmus: {
    link: linkOf('litmus'),
    Page: lazy(() => import('./litmus/LitmusLab.tsx')),
    run: LITMUS_RUN,
    results: LITMUS_RESULTS,
    history: LITMUS_HISTORY,
    liveCanvas: false,
    charts: true,
    withoutThreads: { needs: 'threads', simulated: LOST_UPDATE, inPage: false },
    shortcuts: [],
  },
  scaling: {
    link: linkOf('scaling'),
    Page: lazy(() => import('./scaling/ScalingLab.tsx')),
    run: SCALING_RUN,
    results: SCALING_RESULTS,
    history: SCALING_HISTORY,
    liveCanvas: false,
    charts: true,
    withoutThreads: { needs: 'threads', simulated: LOST_UPDATE, inPage: false },
    shortcuts: [],
  },
  python: {
    link: linkOf('python'),
    Page: lazy(() => import('./python/PythonLab.tsx')),
    run: null,
    results: PYTHON_RESULTS,
    history: PYTHON_HISTORY,
    liveCanvas: false,
    charts: true,
    withoutThreads: { needs: 'nothing', note: 'The Python lab interprets its programs in workers of its own and needs no shared memory: it works on this page as it is.' },
    shortcuts: [],
  },
};

/** The definition of a lab. */
export function labDefinition<L extends Lab>(lab: L): LabDefinition<L> {
  return LAB_REGISTRY[lab];
}
