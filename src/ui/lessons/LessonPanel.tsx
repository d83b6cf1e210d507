// The open lesson above its lab: what happens, what to notice, what to try next, and the way on;
// without a lesson, a line that points to the lessons of this lab.
import { labOf, LESSONS, lessonById, lessonLink, lessonSettingsQuery, PART_TITLES, tryLink, type Lesson } from '../../core/lessons/lessons.ts';
import { useId, useState, type MouseEvent } from 'react';
import { isLab, labTitle, type Lab } from '../../core/params/link.ts';
import { currentLink } from '../../state/settingsSlice.ts';
import { useStore } from '../../state/store.ts';
import { pageQuery } from '../../state/urlSync.ts';
import { closeLesson, goToLab, isModifiedClick, lessonEnv } from '../shell/navigation.ts';
import { GalleryLink, LessonLink } from './LessonLink.tsx';
import { RichText } from '../common/RichText.tsx';
import './lessons.css';

export function LessonPanel() {
  const id = useStore((s) => s.lesson);
  const lab = useStore((s) => s.lab);
  const link = useStore((s) => currentLink(s));
  const embed = useStore((s) => s.embed);
  const lesson = id === null ? undefined : lessonById(id);
  if (!lesson) return embed ? null : <LessonHint lab={lab} />;
  const settings = lessonSettingsQuery(lesson, lessonEnv());
  const home = labOf(settings);
  // A step of the lesson may visit another lab (Explain opens the Explorer): the lesson stays, with a way back.
  const away = home !== lab && isLab(home) ? home : null;
  return <LessonText lesson={lesson} changed={away === null && link !== settings} away={away} embed={embed} />;
}

interface TextProps {
  readonly lesson: Lesson;
  /** The learner changed the lesson's settings in its own lab. */
  readonly changed: boolean;
  /** The lesson's own lab, when a step of it has brought the learner to another one. */
  readonly away: Lab | null;
  readonly embed: boolean;
}

function LessonText({ lesson, changed, away, embed }: TextProps) {
  const env = lessonEnv();
  const at = LESSONS.indexOf(lesson);
  const prev = LESSONS[at - 1];
  const next = LESSONS[at + 1];
  // On a projector the lesson folds to its title line, leaving the screen to the run; it opens on demand.
  const presentation = useStore((s) => s.presentation);
  const [shown, setShown] = useState(false);
  const textId = useId();
  const folded = presentation && !shown;
  return (
    <section className={folded ? 'panel lesson-panel lesson-folded' : 'panel lesson-panel'} aria-labelledby="lesson-title" data-testid="lesson">
      <div className="lesson-head">
        <div className="lesson-heading">
          <p className="lesson-kicker">
            Lesson {at + 1} of {LESSONS.length}
            <span className="lesson-part-name"> · {PART_TITLES[lesson.part]}</span>
          </p>
          <h2 id="lesson-title" className="lesson-title">
            {lesson.title}
          </h2>
        </div>
        <div className="lesson-actions">
          {presentation && (
            <button type="button" className="button small" aria-expanded={shown} aria-controls={textId} onClick={() => setShown(!shown)}>
              <span className="fold-mark" aria-hidden="true" />
              {shown ? 'Hide lesson' : 'Show lesson'}
            </button>
          )}
          <button type="button" className="button small ghost" onClick={closeLesson}>
            Close lesson
          </button>
        </div>
      </div>
      {away !== null && <BackToLab lab={away} />}
      <div id={textId} className="lesson-text" hidden={folded}>
        <div className="lesson-body">
          <div>
            <h3>What happens</h3>
            <p>
              <RichText text={lesson.happens} />
            </p>
          </div>
          <div>
            <h3>What to notice</h3>
            <p>
              <RichText text={lesson.notice} />
            </p>
          </div>
          <div>
            <h3>Try next</h3>
            <ul className="lesson-try">
              {lesson.tryNext.map((t, i) => {
                const query = tryLink(lesson, t, env);
                return (
                  <li key={i}>
                    {query === null ? (
                      <RichText text={t.text} />
                    ) : (
                      <LessonLink query={query} lesson={lesson.id}>
                        <RichText text={t.text} />
                      </LessonLink>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
        {changed && (
          <p className="lesson-changed">
            The settings differ from the lesson’s.{' '}
            <LessonLink query={lessonLink(lesson, env)} lesson={lesson.id}>
              Back to the lesson’s settings
            </LessonLink>
          </p>
        )}
        {!embed && (
          <nav className="lesson-nav" aria-label="Other lessons">
            {prev ? (
              <LessonLink query={lessonLink(prev, env)} lesson={prev.id} whole className="lesson-prev">
                <span aria-hidden="true">← </span>
                {prev.title}
              </LessonLink>
            ) : (
              <span />
            )}
            <GalleryLink>All lessons</GalleryLink>
            {next ? (
              <LessonLink query={lessonLink(next, env)} lesson={next.id} whole className="lesson-next">
                Next: {next.title}
                <span aria-hidden="true"> →</span>
              </LessonLink>
            ) : (
              <span />
            )}
          </nav>
        )}
      </div>
    </section>
  );
}

/** In a lab a lesson's step visited: where the learner is, and the way back to the lesson's lab as it was left. */
function BackToLab({ lab }: { lab: Lab }) {
  const here = useStore((s) => labTitle(s.lab));
  const href = useStore((s) => `?${pageQuery({ ...s, lab })}`);
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    void goToLab(lab, 'keep');
  };
  return (
    <p className="lesson-away">
      A step of this lesson brought you to the {here}.{' '}
      <a href={href} className="lesson-back" onClick={onClick}>
        <span aria-hidden="true">← </span>Back to {labTitle(lab)}
      </a>
    </p>
  );
}

/** Without a lesson: the first lesson that uses this lab, and the gallery. */
function LessonHint({ lab }: { lab: string }) {
  const env = lessonEnv();
  const first = LESSONS.find((l) => labOf(lessonSettingsQuery(l, env)) === lab);
  return (
    <nav className="lesson-hint" aria-label="Lessons">
      <span aria-hidden="true" className="lesson-hint-icon">
        ▸
      </span>
      {first ? (
        <span>
          New to this lab? Start with lesson {LESSONS.indexOf(first) + 1},{' '}
          <LessonLink query={lessonLink(first, env)} lesson={first.id} whole>
            {first.title}
          </LessonLink>
          , or{' '}
        </span>
      ) : null}
      <GalleryLink>{first ? 'see all lessons' : 'See all lessons'}</GalleryLink>
      .
    </nav>
  );
}
