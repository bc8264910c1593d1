import { Plural, Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const waiting = pending - 1;
  if (!stalled || route.name === 'present' || route.name === 'participate') return null;
  return (
    <div className="save-stalled" role="alert">
      <Icon name="cloudOff" />
      <div className="save-stalled-text">
        <strong>
          <Trans>Your last change has not been saved.</Trans>
        </strong>{' '}
        {lastError ?? t`Common Ground cannot be reached.`}{' '}
        {pending > 1 ? (
          <Plural value={waiting} one="It will keep trying; # more change waits behind it." other="It will keep trying; # more changes wait behind it." />
        ) : (
          <Trans>It will keep trying.</Trans>
        )}
      </div>
      <Button size="sm" variant="primary" onClick={() => store.getState().retrySaveNow()}>
        <Trans>Retry now</Trans>
      </Button>
      <Button size="sm" onClick={() => store.getState().cancelFailedSave()}>
        <Trans>Cancel this change</Trans>
      </Button>
    </div>
  );
}
