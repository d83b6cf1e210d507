// App shell: header, isolation banner, link notices, the lesson or the lesson gallery, and the open lab
// (loaded on demand); embedded (`?embed=1`), only a slim bar above the lab.
import { lazy, Suspense } from 'react';
import type { MouseEvent } from 'react';
import { useStore } from '../state/store.ts';
import { LessonPanel } from './lessons/LessonPanel.tsx';
import { EmbedBar, EmbedNotice } from './shell/EmbedBar.tsx';
import { ErrorBoundary } from './shell/ErrorBoundary.tsx';
import { Header } from './shell/Header.tsx';
import { IsolationBanner } from './shell/IsolationBanner.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { HelpDialog } from './shell/HelpDialog.tsx';
import { Toast } from './shell/Toast.tsx';
import { useShortcuts } from './shell/useShortcuts.ts';
import { usePreloadLab } from './common/usePreloadLab.ts';
import { labDefinition } from './labs.ts';
import './shell/shell.css';

const LessonGallery = lazy(() => import('./lessons/LessonGallery.tsx'));

// Focus moves to the content without touching the address (the hash says which view is open).
function skipToMain(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const lab = useStore((s) => s.lab);
  const view = useStore((s) => s.view);
  const embed = useStore((s) => s.embed);
  useShortcuts();
  usePreloadLab(lab, view === 'lab');
  const { Page } = labDefinition(lab);
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {!embed && (
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {view === 'lessons' ? 'Skip to the lessons' : 'Skip to the lab'}
        </a>
      )}
      {embed ? <EmbedBar /> : <Header />}
      <main id="main" className="main" tabIndex={-1}>
        {embed ? <EmbedNotice /> : <IsolationBanner />}
        <NoticeBar />
        {view === 'lessons' ? (
          <Suspense fallback={<p className="loading">Loading the lessons…</p>}>
            <LessonGallery />
          </Suspense>
        ) : (
          <LessonPanel />
        )}
        {/* Kept mounted under the gallery: a run goes on, and Back shows it as it was. */}
        <div className="lab-host" hidden={view === 'lessons'}>
          <ErrorBoundary>
            <Suspense fallback={<p className="loading">Loading the lab…</p>}>
              <Page />
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      {!embed && (
        <footer className="footer">
          <p>
            RaceLab runs real threads: Web Workers sharing one <code>SharedArrayBuffer</code>. Results depend on your
            machine, and that is the point.
          </p>
        </footer>
      )}
      <Toast />
      <HelpDialog />
    </div>
  );
}
