// Keeps the address bar equal to the settings and the view options (replaceState: no history entry
// per keystroke), and reopens the experiment when the learner goes back or forward.
import { withView } from '../core/params/view.ts';
import { currentLink } from './settingsSlice.ts';
import { useStore, type AppState } from './store.ts';

/** The query (no '?') of the current experiment, with its lesson and, unless left out, embed. */
export function pageQuery(s: AppState, embed = s.embed): string {
  return withView(currentLink(s), { embed, lesson: s.lesson });
}

export function startUrlSync(): () => void {
  const write = (): void => {
    const query = `?${pageQuery(useStore.getState())}`;
    if (location.search !== query) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  write();
  // Comparing the encoded link is cheap, and covers every setting of every lab at once.
  const unsubscribe = useStore.subscribe(write);
  const onPop = (): void => {
    // Read before the store changes: each change rewrites the address bar from the store.
    const { search, hash } = location;
    const { status, stopRun, openLink, readView } = useStore.getState();
    // Only the hash moved (the lesson gallery opened or closed): the experiment is the same.
    const same = search === `?${pageQuery(useStore.getState())}`;
    readView(search, hash);
    if (same) return;
    // Going back to another experiment ends the one running, as switching labs does.
    if (status === 'running') void stopRun();
    openLink(search);
  };
  const onHash = (): void => useStore.getState().readView(location.search, location.hash);
  addEventListener('popstate', onPop);
  addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    removeEventListener('popstate', onPop);
    removeEventListener('hashchange', onHash);
  };
}

/**
 * The full URL that reopens the current experiment as it is shown: an embedded lab's link stays
 * embedded (the "Open in RaceLab" link is the one without).
 */
export function shareUrl(): string {
  return `${location.origin}${location.pathname}?${pageQuery(useStore.getState())}`;
}
