// Entry: applies the display preferences, turns on isolation where the host cannot, mounts the app and
// keeps the URL in step with the settings (and, in presentation mode, a run's result on the screen).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerIsolation } from './isolation/registerIsolation.ts';
import { App } from './ui/App.tsx';
import { useStore } from './state/store.ts';
import { startUrlSync } from './state/urlSync.ts';
import { readPlatform } from './ui/platform.ts';
import { startPreferences } from './ui/shell/applyPreferences.ts';
import { startRevealRun } from './ui/shell/revealRun.ts';
import './ui/theme.css';
import './ui/base.css';

// Theme and type size first, so that even the wait for the isolation helper is drawn in them.
useStore.getState().setPlatform(readPlatform());
startPreferences();
const root = document.getElementById('root');
// On a host without isolation headers the page may reload once through the service worker: mount after that.
if (root && (await registerIsolation()) !== 'reloading') {
  startUrlSync();
  startRevealRun();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
