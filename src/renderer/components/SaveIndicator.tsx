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
          <span>Couldn’t save — retrying</span>
        </>
      ) : state === 'saving' ? (
        <>
          <Icon name="spinner" className="icon spin" />
          <span>Saving…</span>
        </>
      ) : (
        <>
          <Icon name="check" />
          <span>All changes saved</span>
        </>
      )}
    </div>
  );
}
