// The Explorer's actions on the store: sessions follow the settings, steps undo and redo, a
// witness replays, explore all runs to its outcomes, and a captured race opens the lab.
import { beforeEach, describe, expect, it } from 'vitest';
import { TraceKind } from '../core/counter/counterLayout.ts';
import { currentState } from '../core/explore/history.ts';
import { raceFromTrace } from '../core/explore/replay.ts';
import { buildScenario } from '../core/explore/scenarios.ts';
import { DEFAULT_EXPLORE } from '../core/params/exploreParams.ts';
import {
  ensureExplorer,
  exploreEverything,
  exploreProgram,
  openCapturedRace,
  playStep,
  redoStep,
  replaySchedule,
  resetSteps,
  stepThread,
  undoStep,
} from './explorerActions.ts';
import { explorerOwner } from './exploreSlice.ts';
import { currentLink } from './settingsSlice.ts';
import { useStore } from './store.ts';

const session = () => useStore.getState().explorer!;
const counter = () => currentState(session().history).vars[0];

beforeEach(() => {
  useStore.setState({ lab: 'explore', explore: { ...DEFAULT_EXPLORE, incs: 1 }, explorer: null, exploration: null, playing: false });
});

describe('explorer actions', () => {
  it('builds the session of the settings, and a new one when they change', () => {
    const first = ensureExplorer();
    expect(first.program.threads).toHaveLength(2);
    expect(ensureExplorer()).toBe(first);
    useStore.getState().setParams('explore', { threads: 3 });
    const second = ensureExplorer();
    expect(second.id).not.toBe(first.id);
    expect(second.program.threads).toHaveLength(3);
  });

  it('steps, undoes, redoes and resets; a thread that cannot step is ignored', () => {
    ensureExplorer();
    stepThread(0);
    stepThread(1);
    stepThread(0);
    stepThread(1);
    expect(counter()).toBe(1);
    stepThread(0); // finished: nothing happens
    expect(session().history.at).toBe(4);
    undoStep();
    undoStep();
    expect(counter()).toBe(0);
    redoStep();
    expect(counter()).toBe(1);
    resetSteps();
    expect(session().history.at).toBe(0);
    expect(session().history.schedule).toHaveLength(4);
  });

  it('replays a witness step by step, and stops at its end', () => {
    ensureExplorer();
    replaySchedule([0, 0, 1, 1]);
    expect(useStore.getState().playing).toBe(true);
    for (let i = 0; i < 4; i++) playStep();
    expect(counter()).toBe(2);
    expect(useStore.getState().playing).toBe(false);
    // A step by hand stops playback.
    replaySchedule([0, 1, 0, 1]);
    stepThread(1);
    expect(useStore.getState().playing).toBe(false);
  });

  it('explores every interleaving of the session, and forgets it when the settings change', async () => {
    ensureExplorer();
    await exploreEverything();
    const e = useStore.getState().exploration!;
    expect(e.status).toBe('done');
    expect(e.owner).toBe(explorerOwner(session()));
    expect(e.result!.outcomes.map((o) => o.outcome.key)).toEqual(['1', '2']);
    useStore.getState().setParams('explore', { fixed: true });
    ensureExplorer();
    expect(useStore.getState().exploration).toBeNull();
  });

  it('opens a captured race in the Explorer, at its start, playing', () => {
    useStore.setState({ lab: 'counter' });
    let seq = 0;
    const rec = (worker: number, kind: 'read' | 'write', value: number) => ({
      seq: seq++,
      worker,
      kind: kind === 'read' ? TraceKind.read : TraceKind.write,
      value,
    });
    const race = raceFromTrace([rec(0, 'read', 0), rec(1, 'read', 0), rec(0, 'write', 1), rec(1, 'write', -1)])!;
    openCapturedRace(race);
    const s = useStore.getState();
    expect(s.lab).toBe('explore');
    expect(s.explore).toMatchObject({ scenario: 'lost-update', threads: 2, incs: 1, fixed: false });
    expect(s.playing).toBe(true);
    expect(session().captured).toBe(race);
    // The settings match, so the captured session stays.
    expect(ensureExplorer().captured).toBe(race);
  });

  it('runs one exploration at a time: a new one, whoever starts it, cancels the one before', async () => {
    const other = buildScenario('check-then-act', { threads: 2, incs: 2, fixed: false });
    const first = exploreProgram('simulated-a', other);
    expect(useStore.getState().exploration).toMatchObject({ owner: 'simulated-a', status: 'running' });
    const second = exploreEverything();
    await Promise.all([first, second]);
    const e = useStore.getState().exploration!;
    expect(e.owner).toBe(explorerOwner(session()));
    expect(e.status).toBe('done');
    await exploreProgram('simulated-b', other);
    expect(useStore.getState().exploration).toMatchObject({ owner: 'simulated-b', status: 'done' });
    expect(useStore.getState().exploration!.result!.outcomes.map((o) => o.outcome.key)).toContain('all-consumed');
  });

  it('writes the steps into the settings, so the link replays them', () => {
    ensureExplorer();
    stepThread(0);
    stepThread(1);
    stepThread(0);
    undoStep();
    expect(useStore.getState().explore).toMatchObject({ steps: [0, 1, 0], at: 2 });
    expect(currentLink(useStore.getState())).toContain('steps=121&at=2');
  });

  it('opens a link at its steps, and moves there when only the steps change', async () => {
    useStore.getState().openLink('?lab=explore&scenario=lost-update&threads=2&incs=1&steps=1212&at=3');
    const first = ensureExplorer();
    expect(first.history).toMatchObject({ schedule: [0, 1, 0, 1], at: 3 });
    expect(useStore.getState().notices).toEqual([]);
    await exploreEverything();
    // Back to another step of the same program: the same session, its exploration kept.
    useStore.getState().openLink('?lab=explore&scenario=lost-update&threads=2&incs=1&steps=21&at=1');
    const second = ensureExplorer();
    expect(second.id).toBe(first.id);
    expect(second.history).toMatchObject({ schedule: [1, 0], at: 1 });
    expect(useStore.getState().exploration?.owner).toBe(explorerOwner(second));
    expect(useStore.getState().playing).toBe(false);
  });

  it("replays a link's steps up to one that cannot run, and says so", () => {
    // Each thread of one increment takes two steps: T1's third cannot run.
    useStore.getState().openLink('?lab=explore&scenario=lost-update&threads=2&incs=1&steps=11121&at=5');
    const s = ensureExplorer();
    expect(s.history).toMatchObject({ schedule: [0, 0], at: 2 });
    expect(useStore.getState().explore).toMatchObject({ steps: [0, 0], at: 2 });
    expect(useStore.getState().notices).toEqual(["Steps: step 3 is T1's, which cannot run there (finished), so the first 2 steps are replayed."]);
    expect(ensureExplorer()).toBe(s);
  });
});
