import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { plural } from '../kit/numbers';
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
  return (
    <div className="cgx-stack">
      <Surface kind="console" className="cgx-board-actions">
        {voting ? (
          <>
            <span role="status">
              <strong>The vote is open</strong> on {plural(board.ballot.length, 'message')}: {plural(config.votesPerPerson, 'vote')} each. Writing is closed.
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                onChange(closeVote(board));
                announce('The vote is closed. People can write messages again.');
              }}
            >
              Close the vote
            </button>
          </>
        ) : (
          <>
            <span className="cgv-muted" role="status">
              {messages.length === 0 ? 'No messages yet. Open the vote once people have written some.' : `${plural(messages.length, 'message')} written.`}
            </span>
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={messages.length === 0}
              onClick={() => {
                onChange(openVote(board, messages));
                announce(`The vote is open on ${plural(messages.length, 'message')}.`);
              }}
            >
              Open the vote on these messages
            </button>
          </>
        )}
      </Surface>
      {messages.length > 0 ? (
        <Surface kind="console">
          <h3 className="cgx-section-title">Messages written</h3>
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
