import type { BoardViewProps } from '../view-types';
import { BrainstormBoardView } from '../brainstorm/Board';
import type { BrainstormConfig } from '../brainstorm/definition';
import { Surface } from '../kit/views/surface';
import { readRetroBoard, type RetroBoard, type RetroConfig } from './definition';
import type { RetroTally } from './logic';
import '../kit/views/exercises.css';
import { plural } from '../kit/numbers';

/** Group the cards into themes (the brainstorm board), then open the dot vote on them. */
export function RetroBoardView(props: BoardViewProps<RetroConfig, RetroTally, RetroBoard>) {
  const { config, board: raw, onChange, announce } = props;
  const board = readRetroBoard(raw);
  const themes = board.clusters.filter((c) => c.cardKeys.length > 0);
  const brainstormConfig: BrainstormConfig = { prompt: '', anonymous: config.anonymous, maxCardsPerPerson: config.maxCardsPerPerson };
  return (
    <div className="cgx-stack">
      <Surface kind="console" className="cgx-board-actions">
        {board.voting ? (
          <>
            <span role="status">
              <strong>The vote is open</strong> on {plural(themes.length, 'theme')}: {config.dotsPerPerson} dots each.
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                onChange({ ...board, voting: false });
                announce('The vote is closed.');
              }}
            >
              Close the vote
            </button>
          </>
        ) : (
          <>
            <span className="cgv-muted">
              {themes.length === 0 ? 'Make themes by grouping the cards; then put them to a dot vote.' : `${plural(themes.length, 'theme')} ready.`}
            </span>
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={themes.length === 0}
              onClick={() => {
                onChange({ ...board, voting: true });
                announce(`The vote is open on ${plural(themes.length, 'theme')}.`);
              }}
            >
              Open the vote on these themes
            </button>
          </>
        )}
      </Surface>
      <BrainstormBoardView {...props} config={brainstormConfig} board={{ clusters: board.clusters }} onChange={(next) => onChange({ ...board, ...next })} />
    </div>
  );
}
