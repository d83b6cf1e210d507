// The live view of the Counter lab: a canvas repainted from shared memory every animation frame.
// Per-frame values stay in refs and the canvas; the store only gets a ~10 Hz summary.
import { useCallback, useEffect, useMemo } from 'react';
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { expectedTotal, type CounterParams } from '../../core/params/counterParams.ts';
import { dirsOf } from '../../engine/counterResult.ts';
import { startFrameLoop } from '../../engine/frameLoop.ts';
import { counterEngine } from '../../state/counterRunSlice.ts';
import { useStore } from '../../state/store.ts';
import { formatCount } from '../common/format.ts';
import { LiveFrames, retell } from '../common/liveFrames.ts';
import { useCanvas } from '../common/useCanvas.ts';
import { useLook } from '../common/useLook.ts';
import { liveHeight, paintLive } from './livePainter.ts';
import { CounterLiveController } from './liveController.ts';
import type { LiveConfig, LiveModel } from './liveModel.ts';
import './LiveView.css';

export function LiveView() {
  const runParams = useStore((s) => s.counterRunParams);
  const status = useStore((s) => s.status);
  const counter = useStore((s) => s.counter);
  // A finished run stays on screen until the settings change; then the view previews the new settings.
  const showRun = runParams !== null && (status === 'running' || runParams === counter);
  const params = showRun ? runParams : counter;
  const config = useMemo(() => liveConfig(params), [params]);
  const heightFor = useCallback((w: number) => liveHeight(w, config.workers, config.slow), [config]);
  const { canvasRef, size } = useCanvas(heightFor);
  const look = useLook();

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const live = new CounterLiveController(config, showRun ? sharedInts : () => null);
    const frames = new LiveFrames(showRun && useStore.getState().status === 'running');
    const total = expectedTotal(params);
    return startFrameLoop((now) => {
      const state = useStore.getState();
      const running = showRun && state.status === 'running';
      if (frames.edge(running) === 'started') live.restart();
      const changed = live.frame(now, running);
      const model = live.model;
      if (frames.labelDue(now)) {
        retell(canvas, describe(model, showRun, total));
        // The figures as bare numbers, from the same sample as the words (tests read them mid-run).
        canvas.dataset.counter = String(model.value);
        canvas.dataset.expected = String(model.expectedSoFar);
        canvas.dataset.lost = String(model.lostSoFar);
      }
      const statusText = statusLine(showRun, state.status, state.paused, state.counterTrials.length, config, params.trials);
      const s = size.current;
      if (s.width === 0) return;
      const { palette: pal, reducedMotion: still } = look.current;
      // Nothing moved, nothing fades, nothing around it changed: the canvas is already right.
      if (!frames.repaint(changed, now <= model.flashUntil(), [s.version, look.current, statusText, state.counterTrials, running])) return;
      const last = state.counterTrials[state.counterTrials.length - 1];
      const finalRates = showRun && last ? last.workers.map((w) => w.opsPerSec) : null;
      const finalRate = showRun && last && !running ? last.throughput : null;
      paintLive(ctx, s.width, s.height, s.dpr, {
        model, palette: pal, now, reducedMotion: still, status: statusText, preview: !showRun, expectedTotal: total, finalRates, finalRate,
      });
    });
  }, [config, params, showRun, canvasRef, size, look]);

  return (
    <figure className="live-view">
      <canvas ref={canvasRef} className="live-canvas" role="img" aria-label="Live view of the shared counter" />
      <figcaption className="visually-hidden">
        {SYNC_LABELS[config.sync]}: {config.workers} workers
        {config.slow ? ' in slow motion' : ' at full speed'}
      </figcaption>
    </figure>
  );
}

function liveConfig(p: CounterParams): LiveConfig {
  return { workers: p.workers, iters: p.iters, dirs: dirsOf(p.dirs), sync: p.sync, slow: p.speed === 'slow', window: p.window };
}

/** The shared memory, or null where the page cannot share memory or no run has loaded the engine (the view then only previews). */
function sharedInts(): Int32Array | null {
  if (typeof SharedArrayBuffer !== 'function') return null;
  try {
    return counterEngine.loaded?.mem.ints ?? null;
  } catch {
    return null;
  }
}

/** A line for what the page says nowhere else (the run status badge already says running or done). */
function statusLine(showRun: boolean, status: string, paused: boolean, trialsDone: number, c: LiveConfig, trials: number): string {
  if (!showRun) return 'Ready · press Run';
  const running = status === 'running';
  const trial = trials > 1 ? `Trial ${Math.min(trials, trialsDone + (running ? 1 : 0))} of ${trials}` : '';
  if (running && paused && c.slow) return trial ? `${trial} · Step moves them` : 'Paused: Step moves the workers';
  return trial;
}

/** What the canvas shows, in one or two calm sentences for screen readers. */
function describe(model: LiveModel, showRun: boolean, total: number): string {
  const { workers, iters, slow, sync } = model.config;
  if (!showRun) {
    return `Shared counter at 0. ${workers} workers will each run ${formatCount(iters)} iterations with ${SYNC_LABELS[sync].toLowerCase()}; the counter should end at ${formatCount(total)}.`;
  }
  const done = model.ops;
  const pct = Math.floor((100 * done) / Math.max(1, workers * iters));
  let text = `Shared counter ${formatCount(model.value)}, ${pct}% of iterations done.`;
  if (slow) {
    text += ` ${model.lostSeen} lost ${model.lostSeen === 1 ? 'update' : 'updates'} seen.`;
    const holder = model.lanes.findIndex((l) => l.holds);
    if (holder >= 0) text += ` Worker ${holder + 1} holds the ${sync === 'flag' ? 'flag' : 'lock'}.`;
  } else if (sync !== 'local') {
    const net = new Set(model.config.dirs.slice(0, workers)).size > 1;
    text += ` Expected so far ${formatCount(model.expectedSoFar)}; ${net ? 'at least ' : ''}${formatCount(model.lostSoFar)} lost so far.`;
  }
  return text;
}
