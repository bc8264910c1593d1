import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readMessagingBoard, type MessagingBoard, type MessagingConfig } from './definition';
import type { MessagingTally } from './logic';
import { closeVote, openVote } from './ballot';
import '../kit/views/exercises.css';
import './messaging.css';

/** Open the vote on every message written so far, or go back to writing. */
export function MessagingBoardView({ config, board: raw, results, onChange, announce }: BoardViewProps<MessagingConfig, MessagingTally, MessagingBoard>) {
  const board = readMessagingBoard(raw);
  const messages = results.aggregate?.overall.messages ?? [];
  const voting = board.phase === 'vote';
  const { t } = useLingui();
  const ballot = board.ballot.length;
  const votes = config.votesPerPerson;
  const count = messages.length;
  return (
    <div className="cgx-stack">
      <Surface kind="console" className="cgx-board-actions">
        {voting ? (
          <>
            <span role="status">
              <Trans>
                <strong>The vote is open</strong> on <Plural value={ballot} one="# message" other="# messages" />:{' '}
                <Plural value={votes} one="# vote each" other="# votes each" />. Writing is closed.
              </Trans>
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                onChange(closeVote(board));
                announce(t`The vote is closed. People can write messages again.`);
              }}
            >
              <Trans>Close the vote</Trans>
            </button>
          </>
        ) : (
          <>
            <span className="cgv-muted" role="status">
              {count === 0
                ? t`No messages yet. Open the vote once people have written some.`
                : t`${plural(count, { one: '# message written.', other: '# messages written.' })}`}
            </span>
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={messages.length === 0}
              onClick={() => {
                onChange(openVote(board, messages));
                announce(t`The vote is open on ${plural(count, { one: '# message', other: '# messages' })}.`);
              }}
            >
              <Trans>Open the vote on these messages</Trans>
            </button>
          </>
        )}
      </Surface>
      {messages.length > 0 ? (
        <Surface kind="console">
          <h3 className="cgx-section-title">
            <Trans>Messages written</Trans>
          </h3>
          <ul className="cgm-rows cgm-board-list">
            {messages.map((m) => (
              <li key={m.key} className="cgm-row">
                <span className="cgm-row-text">{m.text}</span>
              </li>
            ))}
          </ul>
        </Surface>
      ) : null}
    </div>
  );
}
