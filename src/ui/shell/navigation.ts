// Moves between labs, lessons and the lesson gallery: one history entry per move, so Back returns.
// A run belongs to the experiment on screen: leaving it stops the run first.
import { lessonById, lessonLink, type LessonEnv } from '../../core/lessons/lessons.ts';
import type { Lab } from '../../core/params/link.ts';
import { useStore } from '../../state/store.ts';

export function lessonEnv(): LessonEnv {
  return { cores: typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency || 0 };
}

async function leaveRun(): Promise<void> {
  const { status, stopRun } = useStore.getState();
  if (status === 'running') await stopRun();
}

function push(url: string): void {
  history.pushState(history.state, '', url);
}

/**
 * Switches to a lab with its current settings (the URL sync fills them in). A lab tab leaves the
 * lesson; `keep` returns to a lesson's own lab from one of its steps elsewhere, the lesson still open.
 */
export async function goToLab(lab: Lab, lesson: 'leave' | 'keep' = 'leave'): Promise<void> {
  const s = useStore.getState();
  if (lab === s.lab && s.view === 'lab') return;
  await leaveRun();
  push(`${location.pathname}?lab=${lab}`);
  const { setLab, setLesson, setView } = useStore.getState();
  if (lesson === 'leave') setLesson(null);
  setView('lab');
  if (lab !== s.lab) setLab(lab);
  window.scrollTo(0, 0);
}

/** Opens a query string (a lesson's or a suggestion's) as a new history entry. */
export async function openQuery(query: string, lesson: string | null): Promise<void> {
  await leaveRun();
  push(`${location.pathname}?${query}`);
  const { openLink, setLesson, setView } = useStore.getState();
  setLesson(lesson);
  setView('lab');
  openLink(query);
}

export async function openLesson(id: string): Promise<void> {
  const lesson = lessonById(id);
  if (!lesson) return;
  await openQuery(lessonLink(lesson, lessonEnv()), id);
  window.scrollTo(0, 0);
}

/** The gallery of lessons, at `#lessons` on top of the current experiment. */
export function showLessons(): void {
  if (useStore.getState().view === 'lessons') return;
  push(`${location.pathname}${location.search}#lessons`);
  useStore.getState().setView('lessons');
  window.scrollTo(0, 0);
}

/** Leaves the lesson (its text goes away; the settings stay as they are). */
export function closeLesson(): void {
  useStore.getState().setLesson(null);
}

/** True when a click should be left to the browser (a new tab, a new window, a download). */
export function isModifiedClick(e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
}
