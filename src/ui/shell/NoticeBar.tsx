// Lists what the opened link had that could not be used as is, and what was used instead.
import { useStore } from '../../state/store.ts';

export function NoticeBar() {
  const labNotices = useStore((s) => s.notices);
  const viewNotices = useStore((s) => s.viewNotices);
  const dismissLab = useStore((s) => s.dismissNotices);
  const dismissView = useStore((s) => s.dismissViewNotices);
  const notices = [...labNotices, ...viewNotices];
  if (notices.length === 0) return null;
  const dismiss = (): void => {
    dismissLab();
    dismissView();
  };
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
