import type { ReactNode } from 'react';
import { Trans } from '@lingui/react/macro';
import { href } from '../../app/router';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';

/**
 * Before the day: start it. After it: the report is the next step, so
 * "Make the report" is the primary action and resuming is secondary.
 */
export function StartOrEnd({ workshopId, ended, summary, canStart }: { workshopId: string; ended: boolean; summary: ReactNode; canStart: boolean }) {
  const store = useAppStore();
  const start = () => void store.getState().startRun();
  return (
    <section className={`panel console-start${ended ? ' is-ended' : ''}`} aria-labelledby="start-heading">
      <h2 id="start-heading" className="panel-title">
        {ended ? <Trans>This workshop has ended: make the report</Trans> : <Trans>Ready when you are</Trans>}
      </h2>
      <p>
        {summary}{' '}
        {ended ? (
          <Trans>
            Everything the room said is saved. The report gathers every outcome, the action items and the raw answers for the people who were not here.
          </Trans>
        ) : (
          <Trans>Open the presenter view on the projector, then start. Results stay hidden until you reveal them.</Trans>
        )}
      </p>
      <div className="console-start-actions">
        {ended ? (
          <>
            <a className="btn btn-primary btn-md" href={href.export(workshopId)}>
              <Icon name="down" />
              <span>
                <Trans>Make the report</Trans>
              </span>
            </a>
            <Button variant="secondary" icon="play" onClick={start} disabled={!canStart}>
              <Trans>Resume the workshop</Trans>
            </Button>
          </>
        ) : (
          <Button variant="primary" icon="play" onClick={start} disabled={!canStart}>
            <Trans>Start the workshop</Trans>
          </Button>
        )}
      </div>
    </section>
  );
}
