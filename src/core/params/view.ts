// How the page shows an experiment, carried in the link beside the lab's settings: `embed=1` (minimal
// chrome for slides and course pages) and `lesson=<id>` (the lesson text above the lab). Pure; never throws.
import { makeQuery, parseQuery, type Query } from '../shared/query.ts';
import { quote } from './fields.ts';

export const VIEW_KEYS = ['embed', 'lesson'] as const;

export interface ViewOptions {
  readonly embed: boolean;
  /** A lesson id, checked against the known ones by the caller's `isLesson`. */
  readonly lesson: string | null;
}

export const DEFAULT_VIEW: ViewOptions = { embed: false, lesson: null };

const YES = new Set(['', '1', 'true', 'yes', 'on']);
const NO = new Set(['0', 'false', 'no', 'off']);

/** Reads the view options of a query string; unknown lessons and odd flags become notices. */
export function decodeView(search: string, isLesson: (id: string) => boolean): { view: ViewOptions; notices: string[] } {
  const notices: string[] = [];
  let q: Query;
  try {
    q = parseQuery(search);
  } catch {
    return { view: DEFAULT_VIEW, notices };
  }
  let embed = false;
  const rawEmbed = q.get('embed');
  if (rawEmbed !== null) {
    const t = rawEmbed.trim().toLowerCase();
    if (YES.has(t)) embed = true;
    else if (!NO.has(t)) notices.push(`Embed: ${quote(rawEmbed)} is not 1 or 0, so the full page is shown.`);
  }
  let lesson: string | null = null;
  const rawLesson = q.get('lesson');
  if (rawLesson !== null) {
    const t = rawLesson.trim().toLowerCase();
    if (isLesson(t)) lesson = t;
    else notices.push(`Lesson: ${quote(rawLesson)} is not a lesson here, so the lab opens without one.`);
  }
  return { view: { embed, lesson }, notices };
}

/** Appends the view options to a lab's query string (nothing when they are the defaults). */
export function withView(labQuery: string, view: ViewOptions): string {
  const extra = makeQuery();
  if (view.lesson !== null) extra.set('lesson', view.lesson);
  if (view.embed) extra.set('embed', '1');
  const tail = extra.toString();
  if (tail === '') return labQuery;
  return labQuery === '' ? tail : `${labQuery}&${tail}`;
}
