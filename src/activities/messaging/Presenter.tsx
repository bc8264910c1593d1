import { Trans, useLingui } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { PagedOptions } from '../kit/views/PagedOptions';
import { messaging, type MessagingConfig, type MessagingShared } from './definition';
import { HeardBefore } from './phone/HeardBefore';
import './messaging.css';

/**
 * While writing: the segment, the question and "What we heard before", paged so nothing is cut off.
 * Once the vote is open: the messages on the ballot and how many votes each person has.
 */
export function MessagingPresenter({ config, board }: PresenterViewProps<MessagingConfig>) {
  const shared = messaging.shared!(config, board) as MessagingShared;
  const { t } = useLingui();
  const name = config.segment;
  const votes = config.votesPerPerson;
  const max = config.messagesPerPerson;
  const segment = name ? (
    <p className="cgm-p-segment">
      <Trans>For {name}</Trans>
    </p>
  ) : null;
  if (shared.phase === 'vote' && shared.ballot.length > 0) {
    return (
      <Surface kind="projector" className="cgm-present cgv-paged-screen">
        {segment}
        <p className="cgv-p-prompt">
          <Trans>Vote now on your phone: up to {votes} messages you would use yourself.</Trans>
        </p>
        <PagedOptions options={shared.ballot} label={t`The messages on the ballot`} />
      </Surface>
    );
  }
  return (
    <Surface kind="projector" className="cgm-present cgv-paged-screen">
      {segment}
      <p className="cgv-p-prompt">{config.prompt || t`Write one message for this buyer.`}</p>
      <p className="cgv-p-rule">
        {config.anonymous ? (
          <Trans>Short messages, up to 140 characters · up to {max} each · names are not shown</Trans>
        ) : (
          <Trans>Short messages, up to 140 characters · up to {max} each · names are shown to the facilitator</Trans>
        )}
      </p>
      {config.seeds.length > 0 ? (
        <PagedColumns label={t`What we heard before`} columns={2}>
          <HeardBefore seeds={config.seeds} />
        </PagedColumns>
      ) : null}
    </Surface>
  );
}
