import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import type { Team } from '../../shared/domain';
import { BarChart, TeamSplit, visibleTeams, type BarRow } from '../kit/views/charts';
import { TeamMark } from '../kit/views/TeamMark';
import { Surface } from '../kit/views/surface';
import { readRetroBoard, type RetroConfig } from './definition';
import { themeVotes } from './board';
import type { RetroTally } from './logic';
import { PagedColumns } from '../kit/views/PagedColumns';
import '../kit/views/exercises.css';
import './retro.css';

type Card = RetroTally['cards'][number];

/** The projector's headline: the themes with the most dots. Every theme is also in the list below it. */
const HEADLINE_THEMES = 4;

export function RetroResults({ config, results, surface, board, participants }: ResultsViewProps<RetroConfig, RetroTally>) {
  const { t } = useLingui();
  const tally = results.aggregate?.overall;
  if (!tally || (tally.cards.length === 0 && tally.votes.length === 0)) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No cards yet.</Trans>
        </p>
      </Surface>
    );
  }
  const projector = surface === 'projector';
  const teams = visibleTeams(results).filter((t) => t.team !== 'other');
  const markable = new Set<Team>(visibleTeams(results).map((t) => t.team));
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]));
  const clusters = readRetroBoard(board).clusters;
  const votes = themeVotes(tally, board, teams);
  const dotsText = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
  const rows: BarRow[] = votes.map((v) => ({
    key: v.id,
    label: v.name,
    series: [{ value: v.dots, label: dotsText(v.dots) }, ...v.byTeam.map((team) => ({ team: team.team, value: team.dots, label: String(team.dots) }))],
  }));

  const renderCard = (card: Card) => (
    <li key={card.key} className="cgv-note-card">
      <span className="cgv-note-card-text">{card.text}</span>
      {markable.has(card.team) || (!config.anonymous && !projector && card.authorId) ? (
        <span className="cgv-note-card-meta">
          {markable.has(card.team) ? <TeamMark team={card.team} compact={projector} /> : null}
          {!config.anonymous && !projector && card.authorId ? <span className="cgv-author">{names.get(card.authorId)}</span> : null}
        </span>
      ) : null}
    </li>
  );

  const cardsText = (count: number) => t`${plural(count, { one: '# card', other: '# cards' })}`;
  const dotsOf = new Map(votes.map((v) => [v.id, v.dots]));
  const columns = (
    <div className="cgx-retro-columns">
      {config.prompts.map((p) => {
        const mine = tally.cards.filter((c) => c.prompt === p.id);
        const inTheme = clusters.map((cl) => ({ ...cl, cards: mine.filter((c) => cl.cardKeys.includes(c.key)) })).filter((cl) => cl.cards.length > 0);
        const grouped = new Set(inTheme.flatMap((cl) => cl.cards.map((c) => c.key)));
        const loose = mine.filter((c) => !grouped.has(c.key));
        return (
          <section key={p.id} className="cgx-retro-column" aria-label={p.text}>
            <h3 className="cgx-retro-q">
              {p.text} <span className="cgv-zone-count">({mine.length})</span>
            </h3>
            <ul className="cgv-note-cards">
              {inTheme.map((cl) => (
                <li key={cl.id} className="cgv-note-card cgx-theme">
                  <span className="cgv-note-card-text">
                    <strong>{cl.name}</strong> · {cardsText(cl.cards.length)}
                    {projector && dotsOf.get(cl.id) ? ` · ${dotsText(dotsOf.get(cl.id)!)}` : ''}
                  </span>
                </li>
              ))}
              {loose.map(renderCard)}
            </ul>
          </section>
        );
      })}
    </div>
  );

  return (
    <Surface kind={surface} className={`cgv-results cgx-diverge cgx-retro-results${projector ? ' cgv-paged-screen' : ''}`}>
      <TeamSplit results={results} title={t`Teams in this retrospective`} variant="legend" />
      {rows.length > 0 ? (
        <section aria-label={t`Where we start`} className="cgx-retro-start">
          <h3 className="cgx-section-title">
            <Trans>Where we start: the themes with the most dots</Trans>
          </h3>
          <BarChart rows={projector ? rows.slice(0, HEADLINE_THEMES) : rows} label={t`Dots per theme, overall and by team`} />
        </section>
      ) : null}
      {/* On the projector every theme and loose card follows the headline: two columns, paged, a line never split. */}
      {projector ? (
        <PagedColumns label={t`Every theme and card, by question`} columns={2}>
          {columns}
        </PagedColumns>
      ) : (
        columns
      )}
    </Surface>
  );
}
