// A short confirmation (such as "Link copied"), announced politely, gone after a few seconds.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';

export function Toast() {
  const toast = useStore((s) => s.toast);
  const showToast = useStore((s) => s.showToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => showToast(null), 3000);
    return () => clearTimeout(timer);
  }, [toast, showToast]);
  return (
    <div className="toast" role="status" aria-live="polite">
      {toast && <p>{toast}</p>}
    </div>
  );
}
