// Page header: the name, what it is, the lab tabs, and how many cores this machine offers.
import type { MouseEvent } from 'react';
import { LAB_NAMES, LABS, type Lab } from '../../core/params/link.ts';
import { useStore } from '../../state/store.ts';

export function Header() {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  const lab = useStore((s) => s.lab);
  const setLab = useStore((s) => s.setLab);
  const stopRun = useStore((s) => s.stopRun);

  // A plain click switches the lab in place (the address bar follows); a modified click opens a new tab as usual.
  const open = (e: MouseEvent<HTMLAnchorElement>, next: Lab): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (next === lab) return;
    void (async () => {
      // One run at a time, and it belongs to the lab on screen: leaving stops it first.
      if (useStore.getState().status === 'running') await stopRun();
      // A history entry per switch, so Back returns to the previous lab (the URL sync then fills
      // in the new lab's settings, and reopens the old ones on Back).
      history.pushState(history.state, '', `${location.pathname}?lab=${next}${location.hash}`);
      setLab(next);
    })();
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
        {LABS.map((l) => (
          <a key={l} className="lab-tab" aria-current={l === lab ? 'page' : undefined} href={`?lab=${l}`} onClick={(e) => open(e, l)}>
            {LAB_NAMES[l]}
          </a>
        ))}
      </nav>
      {cores > 0 && (
        <p className="cores" title="Logical cores reported by this browser">
          {cores} {cores === 1 ? 'core' : 'cores'}
        </p>
      )}
    </header>
  );
}
