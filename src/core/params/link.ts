// The share link: which lab, its settings, and a version so that old links keep opening.
import { makeQuery, parseQuery, type Query } from '../shared/query.ts';
import { decodeCounterParams, encodeCounterParams, type CounterParams } from './counterParams.ts';
import { quote } from './fields.ts';

export const LINK_VERSION = 1;
export const LABS = ['counter'] as const;
export type Lab = (typeof LABS)[number];

export interface LabLink {
  readonly lab: 'counter';
  readonly params: CounterParams;
}

/** Keys every lab understands besides its own settings. */
const COMMON_KEYS = new Set(['lab', 'v']);
const LAB_KEYS: Record<Lab, ReadonlySet<string>> = {
  counter: new Set(['workers', 'iters', 'sync', 'dirs', 'window', 'speed', 'trials']),
};

/** Decodes a query string (with or without '?'); never throws. */
export function decodeLink(search: string): { link: LabLink; notices: string[] } {
  let q: Query;
  const notices: string[] = [];
  try {
    q = parseQuery(search);
  } catch {
    q = makeQuery();
    notices.push('The link could not be read, so every setting is at its default.');
  }
  const rawLab = q.get('lab');
  let lab: Lab = 'counter';
  if (rawLab !== null && !(LABS as readonly string[]).includes(rawLab.trim().toLowerCase())) {
    notices.push(`Lab: ${quote(rawLab)} is not a lab here, so the Counter lab is open.`);
  } else if (rawLab !== null) {
    lab = rawLab.trim().toLowerCase() as Lab;
  }
  const rawVersion = q.get('v');
  if (rawVersion !== null && rawVersion.trim() !== String(LINK_VERSION)) {
    notices.push(`Link version ${quote(rawVersion)} is not known; its settings are read as version ${LINK_VERSION}.`);
  }
  const unknown = [...new Set(q.keys())].filter((k) => !COMMON_KEYS.has(k) && !LAB_KEYS[lab].has(k));
  if (unknown.length > 0) notices.push(`Ignored: ${unknown.slice(0, 5).map(quote).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
  const decoded = decodeCounterParams(q);
  return { link: { lab, params: decoded.params }, notices: [...notices, ...decoded.notices] };
}

/** The query string that reopens this exact experiment ('+' is always percent-encoded). */
export function encodeLink(link: LabLink): string {
  const q = makeQuery({ lab: link.lab, v: String(LINK_VERSION) });
  for (const [k, v] of encodeCounterParams(link.params)) q.set(k, v);
  return q.toString();
}
