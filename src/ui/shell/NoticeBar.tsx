// Lists what the opened link had that could not be used as is, and what was used instead.
import { useStore } from '../../state/store.ts';

export function NoticeBar() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="panel banner banner-warn" role="status" aria-labelledby="notice-title" data-testid="link-notice">
      <div className="banner-head">
        <h2 id="notice-title">The link was adjusted</h2>
        <button type="button" className="button ghost" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
