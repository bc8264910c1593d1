import { useEffect } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useApp } from '../app/store-context';
import type { Toast } from '../store/toasts-slice';
import { IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';

/** Bottom-left stack of short messages; one may carry an Undo. */
export function ToastRegion() {
  const toasts = useApp((s) => s.toasts);
  const { t } = useLingui();
  return (
    <section className="toast-region" aria-label={t`Notifications`}>
      <div aria-live="polite" aria-relevant="additions text" className="toast-stack">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </div>
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useApp((s) => s.dismissToast);
  const { t } = useLingui();
  useEffect(() => {
    if (toast.durationMs === null) return;
    const timer = setTimeout(() => dismiss(toast.id), toast.durationMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.durationMs, dismiss]);

  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
      <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} className="icon toast-icon" />
      <p className="toast-message">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <IconButton label={t`Dismiss`} icon="x" size="sm" className="toast-close" onClick={() => dismiss(toast.id)} />
    </div>
  );
}
