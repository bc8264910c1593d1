import { Trans } from '@lingui/react/macro';
import { useApp } from '../app/store-context';
import { Icon } from '../../ui/Icon';

/** Always-visible save state: "Saving…", "All changes saved", "Couldn't save — retrying". */
export function SaveIndicator() {
  const { pending, retrying, lastError } = useApp((s) => s.save);
  const state = retrying ? 'retrying' : pending > 0 ? 'saving' : 'saved';
  return (
    <div className={`save-indicator save-${state}`} role="status" title={retrying && lastError ? lastError : undefined}>
      {state === 'retrying' ? (
        <>
          <Icon name="cloudOff" />
          <span>
            <Trans>Couldn’t save — retrying</Trans>
          </span>
        </>
      ) : state === 'saving' ? (
        <>
          <Icon name="spinner" className="icon spin" />
          <span>
            <Trans>Saving…</Trans>
          </span>
        </>
      ) : (
        <>
          <Icon name="check" />
          <span>
            <Trans>All changes saved</Trans>
          </span>
        </>
      )}
    </div>
  );
}
