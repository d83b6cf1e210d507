// The gallery of lessons, in class order and grouped by part: each card is a link that opens its experiment.
import type { MouseEvent } from 'react';
import { labOf, LESSONS, lessonLink, PART_TITLES, type LessonPart } from '../../core/lessons/lessons.ts';
import { isLab, labTitle } from '../../core/params/link.ts';
import { lessonEnv } from '../shell/navigation.ts';
import { Glossary } from './Glossary.tsx';
import { LessonLink } from './LessonLink.tsx';
import { RichText } from '../common/RichText.tsx';
import './lessons.css';

const PARTS = Object.keys(PART_TITLES) as LessonPart[];

export function labName(query: string): string {
  const lab = labOf(query);
  return isLab(lab) ? `${labTitle(lab)} lab` : 'Explorer';
}

// The address stays `#lessons` (another hash would leave the gallery): scroll instead of navigating.
function toGlossary(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  const glossary = document.getElementById('glossary');
  glossary?.scrollIntoView();
  glossary?.focus();
}

export default function LessonGallery() {
  const env = lessonEnv();
  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <div className="lessons-intro">
        <h2 id="lessons-title" className="lab-title">
          Lessons
        </h2>
        <p>
          {LESSONS.length} experiments, in the order a class would take them. Each one is a link that opens the lab with its
          settings and says what happens, what to notice and what to try next. Copy a lesson’s link to send it to students.
          The words the labs use are explained{' '}
          <a href="#lessons" onClick={toGlossary}>
            at the end
          </a>
          .
        </p>
      </div>
      {PARTS.map((part, p) => {
        const lessons = LESSONS.filter((l) => l.part === part);
        if (lessons.length === 0) return null;
        return (
          <section key={part} className="lesson-part" aria-labelledby={`part-${part}`}>
            <h3 id={`part-${part}`}>
              Part {p + 1}: {PART_TITLES[part]}
            </h3>
            <ol className="lesson-cards">
              {lessons.map((lesson) => {
                const number = LESSONS.indexOf(lesson) + 1;
                const query = lessonLink(lesson, env);
                return (
                  <li key={lesson.id} className="panel lesson-card">
                    <p className="lesson-kicker">
                      <span className="lesson-number">Lesson {number}</span> · {labName(query)}
                    </p>
                    <h4 className="lesson-card-title">
                      <LessonLink query={query} lesson={lesson.id} whole className="lesson-card-link">
                        {lesson.title}
                      </LessonLink>
                    </h4>
                    <p className="lesson-card-text">
                      <RichText text={lesson.happens} />
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <Glossary />
    </section>
  );
}
