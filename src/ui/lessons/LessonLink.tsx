// A link to a lesson or to a suggestion's settings: a real link (copy it, open it in a new tab), which
// a plain click opens in place with one history entry.
import type { MouseEvent, ReactNode } from 'react';
import { isModifiedClick, openLesson, openQuery, showLessons } from '../shell/navigation.ts';

interface Props {
  /** Query string, no '?'. */
  readonly query: string;
  /** Open the lesson itself (its settings, scrolled to the top), or a suggestion within it. */
  readonly lesson: string;
  readonly whole?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

export function LessonLink({ query, lesson, whole = false, className, children }: Props) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    void (whole ? openLesson(lesson) : openQuery(query, lesson));
  };
  return (
    <a href={`?${query}`} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

/** A link to the gallery of lessons (`#lessons`). */
export function GalleryLink({ children }: { children: ReactNode }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    showLessons();
  };
  return (
    <a href="#lessons" onClick={onClick}>
      {children}
    </a>
  );
}
