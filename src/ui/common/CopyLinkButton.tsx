// Copy link: puts the link that reopens what is on screen on the clipboard, or shows it where the
// clipboard is refused (permissions, an insecure context).
import { useStore } from '../../state/store.ts';
import { shareUrl } from '../../state/urlSync.ts';

/** `copied` says what the link reopens, for the toast. */
export function CopyLinkButton({ copied = 'Link copied: it reopens this exact experiment.' }: { copied?: string }) {
  const showToast = useStore((s) => s.showToast);
  const copyLink = async (): Promise<void> => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      showToast(copied);
    } catch {
      showToast(`Copy this link: ${url}`);
    }
  };
  return (
    <button type="button" className="button ghost" onClick={() => void copyLink()}>
      Copy link
    </button>
  );
}
