import { useLingui } from '@lingui/react/macro';
import { Dialog } from '../../../ui/Dialog';
import { KEY_NAMES, SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useLingui();
  return (
    <Dialog title={t`Keyboard shortcuts`} onClose={onClose} size="sm">
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="shortcut-row">
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{KEY_NAMES[k] ? i18n._(KEY_NAMES[k]) : k}</kbd>
              ))}
            </dt>
            <dd>{i18n._(s.label)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
