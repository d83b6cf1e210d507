// App shell: header, isolation banner, link notices, and the open lab (loaded on demand).
import { lazy, Suspense } from 'react';
import { useStore } from '../state/store.ts';
import { ErrorBoundary } from './shell/ErrorBoundary.tsx';
import { Header } from './shell/Header.tsx';
import { IsolationBanner } from './shell/IsolationBanner.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { Toast } from './shell/Toast.tsx';

const CounterLab = lazy(() => import('./counter/CounterLab.tsx'));
const QueueLab = lazy(() => import('./queue/QueueLab.tsx'));

export function App() {
  const lab = useStore((s) => s.lab);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the lab
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <IsolationBanner />
        <NoticeBar />
        <ErrorBoundary>
          <Suspense fallback={<p className="loading">Loading the lab…</p>}>
            {lab === 'queue' ? <QueueLab /> : <CounterLab />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>
          RaceLab runs real threads: Web Workers sharing one <code>SharedArrayBuffer</code>. Results depend on your
          machine, and that is the point.
        </p>
      </footer>
      <Toast />
    </div>
  );
}
