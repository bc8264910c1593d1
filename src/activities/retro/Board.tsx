import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { BoardViewProps } from '../view-types';
import { BrainstormBoardView } from '../brainstorm/Board';
import type { BrainstormConfig } from '../brainstorm/definition';
import { Surface } from '../kit/views/surface';
import { readRetroBoard, type RetroBoard, type RetroConfig } from './definition';
import type { RetroTally } from './logic';
import '../kit/views/exercises.css';

/** Group the cards into themes (the brainstorm board), then open the dot vote on them. */
export function RetroBoardView(props: BoardViewProps<RetroConfig, RetroTally, RetroBoard>) {
  const { config, board: raw, onChange, announce } = props;
  const board = readRetroBoard(raw);
  const themes = board.clusters.filter((c) => c.cardKeys.length > 0);
  const { t } = useLingui();
  const count = themes.length;
  const dots = config.dotsPerPerson;
  const brainstormConfig: BrainstormConfig = { prompt: '', anonymous: config.anonymous, maxCardsPerPerson: config.maxCardsPerPerson };
  return (
    <div className="cgx-stack">
      <Surface kind="console" className="cgx-board-actions">
        {board.voting ? (
          <>
            <span role="status">
              <Trans>
                <strong>The vote is open</strong> on <Plural value={count} one="# theme" other="# themes" />:{' '}
                <Plural value={dots} one="# dot each" other="# dots each" />.
              </Trans>
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                onChange({ ...board, voting: false });
                announce(t`The vote is closed.`);
              }}
            >
              <Trans>Close the vote</Trans>
            </button>
          </>
        ) : (
          <>
            <span className="cgv-muted">
              {count === 0
                ? t`Make themes by grouping the cards; then put them to a dot vote.`
                : t`${plural(count, { one: '# theme ready.', other: '# themes ready.' })}`}
            </span>
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={themes.length === 0}
              onClick={() => {
                onChange({ ...board, voting: true });
                announce(t`The vote is open on ${plural(count, { one: '# theme', other: '# themes' })}.`);
              }}
            >
              <Trans>Open the vote on these themes</Trans>
            </button>
          </>
        )}
      </Surface>
      <BrainstormBoardView {...props} config={brainstormConfig} board={{ clusters: board.clusters }} onChange={(next) => onChange({ ...board, ...next })} />
    </div>
  );
}
