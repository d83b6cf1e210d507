// Page header: the name, the lessons and lab tabs, how many cores this machine offers, and the display controls.
import type { MouseEvent } from 'react';
import { LABS, labTitle, type Lab } from '../../core/params/link.ts';
import { useStore } from '../../state/store.ts';
import { DisplayControls } from './DisplayControls.tsx';
import { goToLab, isModifiedClick, showLessons } from './navigation.ts';

export function Header() {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  const lab = useStore((s) => s.lab);
  const view = useStore((s) => s.view);

  // A plain click switches in place, with a history entry so that Back returns (the address bar
  // follows); a modified click opens a new tab as usual.
  const open = (e: MouseEvent<HTMLAnchorElement>, next: Lab): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    void goToLab(next);
  };
  const openLessons = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    showLessons();
  };

  return (
    <header className="header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--accent)" />
          <path d="M6 11h14M6 21h14" stroke="var(--accent-text)" strokeWidth="3" strokeLinecap="round" />
          <path d="M20 11l6 5-6 5" fill="none" stroke="#ffb347" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <div>
          <h1 className="title">RaceLab</h1>
          <p className="tagline">Threads sharing data, for real</p>
        </div>
      </div>
      <nav aria-label="Labs" className="labs">
        <a className="lab-tab lessons-tab" aria-current={view === 'lessons' ? 'page' : undefined} href="#lessons" onClick={openLessons}>
          Lessons
        </a>
        {LABS.map((l) => (
          <a key={l} className="lab-tab" aria-current={view === 'lab' && l === lab ? 'page' : undefined} href={`?lab=${l}`} onClick={(e) => open(e, l)}>
            {labTitle(l)}
          </a>
        ))}
      </nav>
      {cores > 0 && (
        <p className="cores" title="Logical cores reported by this browser">
          {cores} {cores === 1 ? 'core' : 'cores'}
        </p>
      )}
      <DisplayControls />
    </header>
  );
}
