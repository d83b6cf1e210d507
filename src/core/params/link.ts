// The share link: which lab, its settings (read and written by the lab's own link schema), and a
// version so that old links keep opening. Pure; never throws.
import { makeQuery, parseQuery, type Query } from '../shared/query.ts';
import { quote } from './fields.ts';
import { LAB_LINKS, linkOf, type Lab, type LabSettings } from './labLinks.ts';
import { VIEW_KEYS } from './view.ts';

export { LABS, isLab, labTitle, linkOf, type Lab, type LabSettings, type LabParams } from './labLinks.ts';

export const LINK_VERSION = 1;

/** Keys every lab understands besides its own settings (the view options are read by view.ts). */
const COMMON_KEYS: ReadonlySet<string> = new Set(['lab', 'v', ...VIEW_KEYS]);

const FIRST = LAB_LINKS[0];

function decodeLab(q: Query, notices: string[]): Lab {
  const raw = q.get('lab');
  if (raw === null) return FIRST.id;
  const link = LAB_LINKS.find((l) => l.id === raw.trim().toLowerCase());
  if (link) return link.id;
  notices.push(`Lab: ${quote(raw)} is not a lab here, so the ${FIRST.title} lab is open.`);
  return FIRST.id;
}

/** Every lab at its defaults, the given one open. */
export function defaultSettings(lab: Lab = FIRST.id): LabSettings {
  return Object.fromEntries([['lab', lab], ...LAB_LINKS.map((l) => [l.id, l.defaults])]) as LabSettings;
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
  const link = linkOf(lab);
  const own = new Set(link.keys);
  const unknown = [...new Set(q.keys())].filter((k) => !COMMON_KEYS.has(k) && !own.has(k));
  if (unknown.length > 0) {
    notices.push(`Ignored: ${unknown.slice(0, 5).map(quote).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
  }
  const decoded = link.decode(q);
  return { settings: { ...defaultSettings(lab), [lab]: decoded.params }, notices: [...notices, ...decoded.notices] };
}

/** The query string that reopens the open lab's experiment ('+' is always percent-encoded). */
export function encodeLink(s: LabSettings): string {
  const q = makeQuery({ lab: s.lab, v: String(LINK_VERSION) });
  for (const [k, v] of linkOf(s.lab).encode(s[s.lab])) q.set(k, v);
  return q.toString();
}
