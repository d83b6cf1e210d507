// The wait-for graph of a deadlock, drawn: threads as circles, locks as squares, an arrow from a
// thread to what it waits for and from a lock to the thread holding it; the cycle in red.
import { useId, type ReactNode } from 'react';
import type { WaitForGraph } from '../../core/explore/waitFor.ts';
import { layoutWaitFor, NODE_R, type PlacedNode } from './waitForLayout.ts';
import './waitFor.css';

function Shape({ n }: { n: PlacedNode }) {
  const cls = `wf-node wf-${n.kind}${n.inCycle ? ' cycle' : ''}`;
  const r = NODE_R;
  if (n.kind === 'thread') return <circle className={cls} cx={n.x} cy={n.y} r={r} />;
  if (n.kind === 'cond') {
    return <polygon className={cls} points={`${n.x},${n.y - r} ${n.x + r},${n.y} ${n.x},${n.y + r} ${n.x - r},${n.y}`} />;
  }
  const w = n.kind === 'queue' ? r * 2.2 : r * 1.7;
  return <rect className={cls} x={n.x - w / 2} y={n.y - r * 0.85} width={w} height={r * 1.7} rx={6} />;
}

interface Props {
  graph: WaitForGraph;
  /** Who waits for what, in words: the graph's text alternative. */
  caption: string;
  /** Show the words under the graph too (not when the same sentence is printed just above it). */
  showCaption?: boolean;
  /** What the shapes and arrows mean, where a lab's graph holds more than threads and locks. */
  legend?: ReactNode;
}

const LEGEND = (
  <>
    Circles are threads, squares are locks. A solid arrow means <em>waits for</em>, a dashed one <em>is held by</em>; the red loop is the cycle nobody
    can leave.
  </>
);

export function WaitForGraphView({ graph, caption, showCaption = true, legend = LEGEND }: Props) {
  // Marker ids must be valid in url(#…), which React's ids are not always.
  const id = `wf${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const l = layoutWaitFor(graph);
  return (
    <figure className="waitfor">
      <svg
        className="waitfor-svg"
        viewBox={`0 0 ${l.size} ${l.size}`}
        style={{ width: `min(100%, ${Math.round(l.size * 0.9)}px)` }}
        role="img"
        aria-labelledby={`${id}-title`}
        data-testid="wait-for-graph"
      >
        <title id={`${id}-title`}>{`Wait-for graph. ${caption}`}</title>
        <defs>
          {(['plain', 'cycle'] as const).map((k) => (
            <marker key={k} id={`${id}-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
              <path className={`wf-arrow ${k}`} d="M0,0 L10,5 L0,10 z" />
            </marker>
          ))}
        </defs>
        {l.edges.map((e) => (
          <line
            key={`${e.from}-${e.to}`}
            className={`wf-edge ${e.kind}${e.inCycle ? ' cycle' : ''}`}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            markerEnd={`url(#${id}-${e.inCycle ? 'cycle' : 'plain'})`}
          />
        ))}
        {l.nodes.map((n) => (
          <g key={n.id}>
            <Shape n={n} />
            <text className="wf-label" x={n.x} y={n.y} textAnchor="middle" dominantBaseline="central">
              {n.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {showCaption && <p className="waitfor-caption">{caption}</p>}
        <p className="waitfor-legend">{legend}</p>
      </figcaption>
    </figure>
  );
}
