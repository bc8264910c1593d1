import type { ResultsViewProps } from '../view-types';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { BrainstormConfig } from './definition';
import type { BrainstormTally } from './logic';
import { readBoard } from './board';
import { NoAnswers, TeamSplit } from '../kit/views/charts';
import { TeamMark } from '../kit/views/TeamMark';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import './brainstorm.css';
import type { Team } from '../../shared/domain';

type Card = BrainstormTally['cards'][number];

/**
 * Brainstorm results, grouped as the facilitator clustered them. `board` is
 * an extension of ResultsViewProps (the page passes the run's board when it has one).
 */
export function BrainstormResults({
  config,
  results,
  participants,
  surface,
  board,
}: ResultsViewProps<BrainstormConfig, BrainstormTally> & { board?: unknown }) {
  const { t } = useLingui();
  const tally = results.aggregate?.overall;
  if (!tally || tally.cards.length === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers>
          <Trans>No cards yet.</Trans>
        </NoAnswers>
      </Surface>
    );
  }
  // A small team's mark would point at the few people in it: show marks only for teams above the threshold.
  const markable = new Set<Team>((results.aggregate?.teams ?? []).filter((t) => !t.suppressed).map((t) => t.team));
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]));
  const showAuthors = surface === 'console' && !config.anonymous;
  const byKey = new Map(tally.cards.map((c) => [c.key, c]));
  const groups = readBoard(board)
    .clusters.map((cl) => ({ id: cl.id, name: cl.name, cards: cl.cardKeys.map((k) => byKey.get(k)).filter((c): c is Card => Boolean(c)) }))
    .filter((g) => g.cards.length > 0);
  const grouped = new Set(groups.flatMap((g) => g.cards.map((c) => c.key)));
  const loose = tally.cards.filter((c) => !grouped.has(c.key));

  const renderCard = (card: Card) => {
    const author = showAuthors && card.authorId ? names.get(card.authorId) : undefined;
    return (
      <li key={card.key} className="cgv-note-card">
        <span className="cgv-note-card-text">{card.text}</span>
        {markable.has(card.team) || author ? (
          <span className="cgv-note-card-meta">
            {markable.has(card.team) ? <TeamMark team={card.team} compact={surface === 'projector'} /> : null}
            {author ? <span className="cgv-author">{author}</span> : null}
          </span>
        ) : null}
      </li>
    );
  };

  const projector = surface === 'projector';
  const cardCount = tally.cards.length;
  const peopleCount = results.aggregate?.n ?? 0;
  const themeCount = groups.length;
  const cards = (
    <div className="cgv-groups">
      {groups.map((g) => (
        <section key={g.id} className="cgv-group" aria-label={g.name}>
          <h3 className="cgv-group-name">
            {g.name} <span className="cgv-zone-count">({g.cards.length})</span>
          </h3>
          <ul className="cgv-note-cards">{g.cards.map(renderCard)}</ul>
        </section>
      ))}
      {loose.length > 0 ? (
        <section
          className={`cgv-group cgv-group-loose${groups.length === 0 ? ' cgv-group-all' : ''}`}
          aria-label={groups.length > 0 ? t`Not grouped` : t`All cards`}
        >
          {groups.length > 0 ? (
            <h3 className="cgv-group-name">
              <Trans>Not grouped</Trans> <span className="cgv-zone-count">({loose.length})</span>
            </h3>
          ) : null}
          <ul className="cgv-note-cards">{loose.map(renderCard)}</ul>
        </section>
      ) : null}
    </div>
  );

  return (
    <Surface kind={surface} className={`cgv-results cgv-brainstorm-results${projector ? ' cgv-paged-screen' : ''}`}>
      <p className="cgv-results-summary">
        {groups.length > 0 ? (
          <Trans>
            <Plural value={cardCount} one="# card" other="# cards" /> from <Plural value={peopleCount} one="# person" other="# people" /> in{' '}
            <Plural value={themeCount} one="# theme" other="# themes" />
          </Trans>
        ) : (
          <Trans>
            <Plural value={cardCount} one="# card" other="# cards" /> from <Plural value={peopleCount} one="# person" other="# people" />
          </Trans>
        )}
      </p>
      <TeamSplit results={results} title={t`Teams in this brainstorm`} variant="legend" />
      {/* Every card on the projector: two columns of the whole width, paged, a card never split. */}
      {projector ? (
        <PagedColumns label={groups.length > 0 ? t`The cards by theme` : t`The cards`} columns={2}>
          {cards}
        </PagedColumns>
      ) : (
        cards
      )}
    </Surface>
  );
}
