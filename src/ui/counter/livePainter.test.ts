// The live view's painter against a recording 2D context: sizes, and the words a learner reads.
import { describe, expect, it } from 'vitest';
import { Phase, TraceKind } from '../../core/counter/counterLayout.ts';
import { emptySample } from '../../engine/counterSample.ts';
import type { Palette } from '../common/cssColor.ts';
import { fade } from './liveLanes.ts';
import { LiveModel, type LiveConfig } from './liveModel.ts';
import { liveHeight, paintLive, type LiveFrame } from './livePainter.ts';

const palette: Palette = {
  bg: '#fff', surface: '#fff', surface2: '#eee', border: '#ccc', text: '#111', muted: '#555', accent: '#25c',
  ok: '#173', okBg: '#efe', bad: '#b22', badBg: '#fee', warn: '#850', warnBg: '#ffe',
  workers: ['#26d', '#d41'], font: 'sans-serif', mono: 'monospace', dark: false,
};

/** A 2D context that draws nothing and remembers every text. */
function recorder(): { ctx: CanvasRenderingContext2D; texts: string[] } {
  const texts: string[] = [];
  const target: Record<string, unknown> = {
    fillText: (t: string) => texts.push(t),
    measureText: (t: string) => ({ width: t.length * 7 }),
  };
  const ctx = new Proxy(target, {
    get: (o, key: string) => (key in o ? o[key] : () => undefined),
    set: (o, key: string, v) => ((o[key] = v), true),
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

const config = (over: Partial<LiveConfig>): LiveConfig => ({
  workers: 2, iters: 20, dirs: [1, -1], sync: 'none', slow: false, window: 10, ...over,
});

function paint(model: LiveModel, width: number, over: Partial<LiveFrame> = {}): string[] {
  const { ctx, texts } = recorder();
  paintLive(ctx, width, liveHeight(width, model.config.workers, model.config.slow), 2, {
    model, palette, now: 1000, reducedMotion: false, status: '', preview: false, expectedTotal: 0,
    finalRates: null, finalRate: null, ...over,
  });
  return texts;
}

describe('liveHeight', () => {
  it('grows with the workers and gives phones taller slow-motion lanes', () => {
    expect(liveHeight(900, 16, false)).toBeGreaterThan(liveHeight(900, 2, false));
    expect(liveHeight(360, 4, true)).toBeGreaterThan(liveHeight(900, 4, true));
  });
});

describe('fade', () => {
  it('fades out, or holds steady then stops when motion is reduced', () => {
    expect(fade(0, 750, 1500, false)).toBeCloseTo(0.5);
    expect(fade(0, 750, 1500, true)).toBe(1);
    expect(fade(0, 1500, 1500, true)).toBe(0);
  });
});

describe('paintLive', () => {
  it('labels the cell and each lane, with totals at full speed', () => {
    const texts = paint(new LiveModel(config({})), 900);
    expect(texts).toContain('shared counter · Int32 in SharedArrayBuffer');
    expect(texts).toEqual(expect.arrayContaining(['Worker 1', ' · +1', 'Worker 2', ' · −1', 'expected so far', 'net lost so far']));
  });

  it('calls the lost figure net only when workers add and subtract (a lost +1 and a lost −1 cancel)', () => {
    const texts = paint(new LiveModel(config({ dirs: [1, 1] })), 900);
    expect(texts).toContain('lost so far');
    expect(texts).not.toContain('net lost so far');
  });

  it('calls the numbers totals once the run is over', () => {
    const texts = paint(new LiveModel(config({})), 900, { finalRate: 1_000_000, finalRates: [500_000, 500_000] });
    expect(texts).toEqual(expect.arrayContaining(['expected', 'lost, at least']));
    expect(texts).not.toContain('net lost so far');
  });

  it('draws the pipeline, the lock, the waiting worker and an erased write in slow motion', () => {
    const model = new LiveModel(config({ sync: 'mutex', slow: true }));
    const s = emptySample(2);
    s.at = 900;
    s.workers[0]!.phase = Phase.write;
    s.workers[0]!.holds = true;
    s.workers[1]!.phase = Phase.lockWait;
    model.update(s, 1, true);
    const w = (worker: number, value: number, seq: number) => ({ seq, worker, kind: TraceKind.write, value });
    model.applyTrace([], [{ lost: w(0, 1, 2), by: w(1, -1, 3), staleRead: { seq: 0, worker: 1, kind: TraceKind.read, value: 0 }, updates: 1 }], 1, 900);
    for (const width of [900, 360]) {
      const texts = paint(model, width);
      expect(texts).toEqual(expect.arrayContaining(['lock', 'read', 'write', 'unlock', 'waiting for the lock', 'write of 1 erased by Worker 2']));
    }
  });

  it('shows the private counts, and says why, in the local mode', () => {
    const texts = paint(new LiveModel(config({ sync: 'local' })), 900);
    expect(texts).toContain('private counts');
    expect(texts.some((t) => t.includes('only receives'))).toBe(true);
  });
});
