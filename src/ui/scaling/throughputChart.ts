// uPlot options of a throughput-against-workers chart: one line per series on a log axis, a key drawn
// in the canvas (so that a saved PNG keeps it) and a dashed line at the machine's core count.
import type uPlot from 'uplot';
import { seriesId, type Series } from '../../core/scaling/sweepPlan.ts';
import { chartStyle, drawMark } from '../common/chartStyle.ts';
import type { Palette } from '../common/cssColor.ts';
import { seriesColour as paletteColour } from '../common/seriesPalette.ts';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { keyLayout, logSplits, sweepRange, workerTicks, type ChartData } from './sweepView.ts';

/** A series keeps its colour in every chart and run: the one palette, by the series' name. */
export function seriesColour(p: Palette, s: Series): string {
  return paletteColour(p, seriesId(s));
}

/**
 * Adjacent counters are also dashed: the pair must read apart without colour. A WebAssembly line
 * keeps its mode's colour and is dotted, so that the two engines of one mode read as a pair.
 */
export function seriesDash(s: Series): number[] | undefined {
  if (s.kind === 'sharing') return s.layout === 'adjacent' ? [6, 4] : undefined;
  return s.engine === 'wasm' ? [2, 3] : undefined;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function formatThroughput(v: number): string {
  return compact.format(v);
}

const KEY_SWATCH = 22;
const KEY_GAP = 14;
const KEY_ROW = 18;

let measurer: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/**
 * Measures once ahead of the first chart, at a quiet moment: the first text a canvas measures in a
 * font costs tens of milliseconds (the font is looked up), which otherwise lands in the frame that
 * draws the sweep's first point.
 */
export function warmTextWidth(p: Palette): void {
  textWidth('0', chartStyle(p).font);
}

export function throughputOptions(UPlot: UPlotClass, p: Palette, chart: ChartData, cores: number, unit: string): uPlot.Options {
  const { scale, font, axis } = chartStyle(p);
  const first = chart.workers[0] ?? 1;
  const last = chart.workers[chart.workers.length - 1] ?? first;
  const showsCores = cores >= first && cores <= last;
  const widths = chart.lines.map((l) => KEY_SWATCH + textWidth(l.label, font));
  const row = Math.round(KEY_ROW * scale);
  const key = (u: uPlot) => keyLayout(widths, u.width, KEY_GAP * scale);
  // The key's rows, then a row for the core count's label: above the plot, never over a line.
  const keyHeight = (u: uPlot): number => ((key(u).at(-1)?.row ?? -1) + 1) * row + 8 * scale;
  const markRow = Math.round(18 * scale);
  return {
    width: 0,
    height: 0,
    cursor: { show: false },
    legend: { show: false },
    padding: [(u) => keyHeight(u) + (showsCores ? markRow : 0), Math.round(12 * scale), null, null],
    scales: {
      // A lone column still gets some width around it.
      x: { time: false, range: () => [first - (last > first ? 0.3 : 1), last + (last > first ? 0.3 : 1)] },
      y: {
        // uPlot declares Distr as a const enum, which erasable-only TypeScript cannot name: 3 is Logarithmic.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        distr: 3,
        log: 10,
        range: (u) => sweepRange(chart.kind, u.data.slice(1).flatMap((s) => [...s])),
      },
    },
    axes: [
      {
        ...axis,
        label: 'Workers',
        labelSize: Math.round(20 * scale),
        size: Math.round(28 * scale),
        splits: (u) => workerTicks(chart.workers, u.bbox.width / UPlot.pxRatio),
        values: (_u, splits) => splits.map(String),
      },
      {
        ...axis,
        label: unit,
        labelSize: Math.round(20 * scale),
        size: Math.round(48 * scale),
        splits: (u) => logSplits(u.scales.y?.min ?? 1, u.scales.y?.max ?? 10),
        // uPlot's own filter would blank the 2× and 5× lines of a log axis: these splits are all wanted.
        filter: (_u, splits) => splits,
        values: (_u, splits) => splits.map(formatThroughput),
      },
    ],
    series: [
      {},
      ...chart.lines.map((l) => {
        const colour = seriesColour(p, l.series);
        return {
          label: l.label,
          stroke: colour,
          width: 2 * scale,
          dash: seriesDash(l.series),
          points: { show: true, size: 6 * scale, stroke: colour, fill: colour },
        };
      }),
    ],
    hooks: {
      // The core count, under the lines: past it, workers take turns on the cores.
      drawAxes: [
        (u) => {
          if (!showsCores) return;
          const label = `${cores} ${cores === 1 ? 'core' : 'cores'}`;
          drawMark(u, UPlot.pxRatio, p, { x: Math.round(u.valToPos(cores, 'x', true)), colour: p.muted, label, labelTop: -markRow });
        },
      ],
      draw: [
        (u) => {
          const ctx = u.ctx;
          const r = UPlot.pxRatio;
          ctx.save();
          ctx.font = `${Math.round(12 * scale) * r}px ${p.font}`;
          ctx.textBaseline = 'middle';
          ctx.textAlign = 'left';
          key(u).forEach((at, i) => {
            const line = chart.lines[i];
            if (!line) return;
            const y = (at.row * row + row / 2 + 2 * scale) * r;
            const x = at.x * r;
            ctx.strokeStyle = seriesColour(p, line.series);
            ctx.lineWidth = 2 * scale * r;
            ctx.setLineDash((seriesDash(line.series) ?? []).map((d) => d * r));
            ctx.beginPath();
            ctx.moveTo(x, y);
            ctx.lineTo(x + (KEY_SWATCH - 6) * r, y);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.fillStyle = p.text;
            ctx.fillText(line.label, x + KEY_SWATCH * r, y);
          });
          ctx.restore();
        },
      ],
    },
  };
}
