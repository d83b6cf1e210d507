// Entry: mounts the app and keeps the URL in step with the settings.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { startUrlSync } from './state/urlSync.ts';
import './ui/theme.css';
import './ui/base.css';

const root = document.getElementById('root');
if (root) {
  startUrlSync();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
