import type { PresenterViewProps } from '../view-types';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Surface } from '../kit/views/surface';
import { agreed, type CommitmentsConfig } from './definition';
import { teamName } from '../../shared/team-words';
import { weekdayName } from './words';
import './commitments.css';

/** Before the reveal: what we are about to agree, and what to do on your phone. */
export function CommitmentsPresenter({ config, board }: PresenterViewProps<CommitmentsConfig>) {
  const plan = agreed(config, board);
  const { i18n } = useLingui();
  const every = plan.meeting.everyWeeks;
  const day = weekdayName(i18n, plan.meeting.day);
  const time = plan.meeting.time;
  return (
    <Surface kind="projector" className="cgk">
      <p className="cgk-lead">
        <Trans>Before we leave: names, dates and a meeting in the calendar.</Trans>
      </p>
      <ol className="cgk-steps">
        {config.askShadowing ? (
          <li>
            <Trans>
              <strong>Job shadowing.</strong> One day with someone from the other team.
            </Trans>{' '}
            <span className="cgk-muted">
              <Trans>On your phone: are you in?</Trans>
            </span>
          </li>
        ) : null}
        <li>
          <strong>
            <Trans>A weekly report, both ways.</Trans>
          </strong>{' '}
          <span className="cgk-muted">
            {plan.reports
              .map((r) => {
                const team = teamName(i18n, r.from);
                const on = weekdayName(i18n, r.day);
                return i18n._(msg`${team}: every ${on}`);
              })
              .join(', ')}
          </span>
        </li>
        <li>
          <strong>
            <Trans>A joint meeting.</Trans>
          </strong>{' '}
          <span className="cgk-muted">
            <Trans>
              Every {every} weeks, {day} at {time}
            </Trans>
          </span>
        </li>
        <li>
          <strong>
            <Trans>One thing you will do.</Trans>
          </strong>{' '}
          <span className="cgk-muted">
            <Trans>On your phone, in your own words.</Trans>
          </span>
        </li>
      </ol>
    </Surface>
  );
}
