import { useApp, useAppStore } from '../app/store-context';
import { useRoute } from '../app/router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import './save-stalled.css';

/**
 * When a change has failed to reach Common Ground several times in a row,
 * say so plainly (not only in the small indicator) and let the facilitator
 * try again now or give that one change up. Not on the projector or phones.
 */
export function SaveStalled() {
  const store = useAppStore();
  const { stalled, lastError, pending } = useApp((s) => s.save);
  const route = useRoute();
  if (!stalled || route.name === 'present' || route.name === 'participate') return null;
  return (
    <div className="save-stalled" role="alert">
      <Icon name="cloudOff" />
      <div className="save-stalled-text">
        <strong>Your last change has not been saved.</strong> {lastError ?? 'Common Ground cannot be reached.'} It will keep trying
        {pending > 1 ? `; ${pending - 1} more change${pending > 2 ? 's wait' : ' waits'} behind it` : ''}.
      </div>
      <Button size="sm" variant="primary" onClick={() => store.getState().retrySaveNow()}>
        Retry now
      </Button>
      <Button size="sm" onClick={() => store.getState().cancelFailedSave()}>
        Cancel this change
      </Button>
    </div>
  );
}
