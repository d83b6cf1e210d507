// The slow-motion event log: each read, write and lock of the run in words, lost updates marked.
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useStore } from '../../state/store.ts';
import { getLog, subscribeLog } from './liveModel.ts';
import './LiveView.css';

export function EventLog() {
  const runParams = useStore((s) => s.counterRunParams);
  const status = useStore((s) => s.status);
  const counter = useStore((s) => s.counter);
  // Same rule as the live view: the last run until the settings change, then the settings.
  const showRun = runParams !== null && (status === 'running' || runParams === counter);
  const slow = (showRun ? runParams : counter).speed === 'slow';
  const entries = useSyncExternalStore(subscribeLog, getLog, getLog);
  const listRef = useRef<HTMLOListElement>(null);
  // Follow the newest event, unless the learner scrolled up to read an older one.
  const follow = useRef(true);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && follow.current) list.scrollTop = list.scrollHeight;
  }, [entries]);

  if (!slow) return null;
  const onScroll = (): void => {
    const list = listRef.current;
    if (list) follow.current = list.scrollHeight - list.scrollTop - list.clientHeight < 8;
  };

  return (
    <section className="event-log" aria-labelledby="event-log-title">
      <h3 className="event-log-title" id="event-log-title">
        What happened, step by step
      </h3>
      {entries.length === 0 ? (
        <p className="event-log-empty">Every read, write and lock of a slow-motion run is listed here as it happens.</p>
      ) : (
        // Focusable so that the scrolled list can be read with the keyboard too.
        <ol ref={listRef} className="event-log-list" tabIndex={0} aria-label="Events, newest last" onScroll={onScroll}>
          {entries.map((e) => (
            <li key={e.seq} className={e.lost ? 'event lost' : 'event'}>
              <span className={`swatch w${e.worker % 16}`} aria-hidden="true" />
              <span>{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
