// The share link: which lab, its settings, and a version so that old links keep opening.
import { makeQuery, parseQuery, type Query } from '../shared/query.ts';
import {
  COUNTER_KEYS,
  decodeCounterParams,
  DEFAULT_COUNTER,
  encodeCounterParams,
  type CounterParams,
} from './counterParams.ts';
import { DEFAULT_EXPLORE, decodeExploreParams, encodeExploreParams, EXPLORE_KEYS, type ExploreParams } from './exploreParams.ts';
import { quote } from './fields.ts';
import { DEFAULT_LITMUS, decodeLitmusParams, encodeLitmusParams, LITMUS_KEYS, type LitmusParams } from './litmusParams.ts';
import { DEFAULT_QUEUE, decodeQueueParams, encodeQueueParams, QUEUE_KEYS, type QueueParams } from './queueParams.ts';
import { DEFAULT_SCALING, decodeScalingParams, encodeScalingParams, SCALING_KEYS, type ScalingParams } from './scalingParams.ts';
import { VIEW_KEYS } from './view.ts';

export const LINK_VERSION = 1;
export const LABS = ['counter', 'queue', 'explore', 'litmus', 'scaling'] as const;
export type Lab = (typeof LABS)[number];

export const LAB_NAMES: Record<Lab, string> = { counter: 'Counter', queue: 'Queue', explore: 'Explorer', litmus: 'Litmus', scaling: 'Scaling' };

/** Every lab's settings: the link carries the open lab's, the others keep their defaults. */
export interface LabSettings {
  readonly lab: Lab;
  readonly counter: CounterParams;
  readonly queue: QueueParams;
  readonly explore: ExploreParams;
  readonly litmus: LitmusParams;
  readonly scaling: ScalingParams;
}

/** Keys every lab understands besides its own settings (the view options are read by view.ts). */
const COMMON_KEYS: ReadonlySet<string> = new Set(['lab', 'v', ...VIEW_KEYS]);
const LAB_KEYS: Record<Lab, ReadonlySet<string>> = {
  counter: new Set(COUNTER_KEYS),
  queue: new Set(QUEUE_KEYS),
  explore: new Set(EXPLORE_KEYS),
  litmus: new Set(LITMUS_KEYS),
  scaling: new Set(SCALING_KEYS),
};

function decodeLab(q: Query, notices: string[]): Lab {
  const raw = q.get('lab');
  if (raw === null) return 'counter';
  const lab = LABS.find((l) => l === raw.trim().toLowerCase());
  if (lab) return lab;
  notices.push(`Lab: ${quote(raw)} is not a lab here, so the Counter lab is open.`);
  return 'counter';
}

/** Decodes a query string (with or without '?'); never throws. */
export function decodeLink(search: string): { settings: LabSettings; notices: string[] } {
  const notices: string[] = [];
  let q: Query;
  try {
    q = parseQuery(search);
  } catch {
    q = makeQuery();
    notices.push('The link could not be read, so every setting is at its default.');
  }
  const lab = decodeLab(q, notices);
  const rawVersion = q.get('v');
  if (rawVersion !== null && rawVersion.trim() !== String(LINK_VERSION)) {
    notices.push(`Link version ${quote(rawVersion)} is not known; its settings are read as version ${LINK_VERSION}.`);
  }
  const unknown = [...new Set(q.keys())].filter((k) => !COMMON_KEYS.has(k) && !LAB_KEYS[lab].has(k));
  if (unknown.length > 0) {
    notices.push(`Ignored: ${unknown.slice(0, 5).map(quote).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
  }
  const counter = lab === 'counter' ? decodeCounterParams(q) : { params: DEFAULT_COUNTER, notices: [] };
  const queue = lab === 'queue' ? decodeQueueParams(q) : { params: DEFAULT_QUEUE, notices: [] };
  const explore = lab === 'explore' ? decodeExploreParams(q) : { params: DEFAULT_EXPLORE, notices: [] };
  const litmus = lab === 'litmus' ? decodeLitmusParams(q) : { params: DEFAULT_LITMUS, notices: [] };
  const scaling = lab === 'scaling' ? decodeScalingParams(q) : { params: DEFAULT_SCALING, notices: [] };
  return {
    settings: { lab, counter: counter.params, queue: queue.params, explore: explore.params, litmus: litmus.params, scaling: scaling.params },
    notices: [...notices, ...counter.notices, ...queue.notices, ...explore.notices, ...litmus.notices, ...scaling.notices],
  };
}

/** The query string that reopens the open lab's experiment ('+' is always percent-encoded). */
export function encodeLink(s: LabSettings): string {
  const q = makeQuery({ lab: s.lab, v: String(LINK_VERSION) });
  const own =
    s.lab === 'counter'
      ? encodeCounterParams(s.counter)
      : s.lab === 'queue'
        ? encodeQueueParams(s.queue)
        : s.lab === 'litmus'
          ? encodeLitmusParams(s.litmus)
          : s.lab === 'scaling'
            ? encodeScalingParams(s.scaling)
            : encodeExploreParams(s.explore);
  for (const [k, v] of own) q.set(k, v);
  return q.toString();
}
