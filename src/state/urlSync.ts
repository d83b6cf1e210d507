// Keeps the address bar equal to the settings (replaceState: no history entry per keystroke),
// and reopens the experiment when the learner goes back or forward.
import { currentLink } from './settingsSlice.ts';
import { useStore } from './store.ts';

export function startUrlSync(): () => void {
  const write = (): void => {
    const query = `?${currentLink(useStore.getState())}`;
    if (location.search !== query) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  write();
  // Comparing the encoded link is cheap, and covers every setting of every lab at once.
  const unsubscribe = useStore.subscribe(write);
  const onPop = (): void => {
    // Going back to another experiment ends the one running, as switching labs does.
    const { status, stopRun, openLink } = useStore.getState();
    if (status === 'running') void stopRun();
    openLink(location.search);
  };
  addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    removeEventListener('popstate', onPop);
  };
}

/** The full URL that reopens the current experiment. */
export function shareUrl(): string {
  return `${location.origin}${location.pathname}?${currentLink(useStore.getState())}`;
}
