import type { ResultsViewProps } from '../view-types';
import { ph } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { CardSortConfig } from './definition';
import type { CardSortTally } from './logic';
import { NoAnswers, TeamSplit, visibleTeams, type TeamEntry } from '../kit/views/charts';
import { ProjectorMatrix } from './ProjectorMatrix';
import { gap, topColumn } from './tally-view';
import { TeamMark } from '../kit/views/TeamMark';
import { Surface } from '../kit/views/surface';
import { shareIn } from '../kit/numbers';

type Card = CardSortTally['cards'][number];

export function CardSortResults({ results, surface }: ResultsViewProps<CardSortConfig, CardSortTally>) {
  const { i18n, t } = useLingui();
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers>
          <Trans>No sorts yet.</Trans>
        </NoAnswers>
      </Surface>
    );
  }
  const projector = surface === 'projector';
  if (projector) {
    return (
      <Surface kind={surface} className="cgv-results cgv-sort-results cgv-paged-screen">
        <TeamSplit results={results} title={t`Teams in this sort`} variant="legend" />
        <ProjectorMatrix tally={overall} teams={visibleTeams(results)} n={results.aggregate.n} />
      </Surface>
    );
  }
  const people = results.aggregate.n;
  return (
    <Surface kind={surface} className="cgv-results cgv-sort-results">
      <table className="cgv-matrix">
        <caption className="cgv-results-summary">
          <Trans>
            Where <Plural value={people} one="# person" other="# people" /> put each card
          </Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Card</Trans>
            </th>
            {overall.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overall.cards.map((card) => {
            const top = topColumn(overall, card);
            return (
              <tr key={card.id}>
                <th scope="row">
                  {card.text}
                  {card.notes.length > 0 ? (
                    <details className="cgv-notes">
                      <summary>
                        <Plural value={ph({ notes: card.notes.length })} one="# note" other="# notes" />
                      </summary>
                      <ul>
                        {card.notes.map((n, i) => (
                          <li key={i}>{n}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </th>
                {overall.columns.map((c) => {
                  const count = card.counts[c.id] ?? 0;
                  const heat = card.total > 0 ? count / card.total : 0;
                  return (
                    <td
                      key={c.id}
                      className={`cgv-cell${top?.id === c.id && count > 0 ? ' cgv-cell-top' : ''}`}
                      style={{ ['--heat' as string]: heat.toFixed(2) }}
                    >
                      <span className="cgv-cell-pct">{shareIn(i18n, count, card.total)}</span> <span className="cgv-cell-count">({count})</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <TeamSplit results={results} title={t`Where the teams differ`}>
        {(teams) => <TeamComparison tally={overall} teams={teams} limit={undefined} />}
      </TeamSplit>
    </Surface>
  );
}

function TeamComparison({ tally, teams, limit }: { tally: CardSortTally; teams: TeamEntry<CardSortTally>[]; limit: number | undefined }) {
  const { i18n } = useLingui();
  const shown = teams.filter((t) => t.team !== 'other' || teams.length < 2).slice(0, 2);
  if (shown.length < 2) {
    return (
      <p className="cgv-muted">
        <Trans>A comparison needs two teams with enough answers.</Trans>
      </p>
    );
  }
  const [a, b] = shown as [TeamEntry<CardSortTally>, TeamEntry<CardSortTally>];
  const ta = a.result;
  const tb = b.result;
  const rows = tally.cards
    .map((card) => {
      const ca = ta.cards.find((c) => c.id === card.id);
      const cb = tb.cards.find((c) => c.id === card.id);
      return { card, ca, cb, gap: gap(tally.columns, ca, cb) };
    })
    .sort((x, y) => y.gap - x.gap);
  const visible = limit ? rows.slice(0, limit) : rows;
  const cardTotal = rows.length;
  const cell = (t: CardSortTally, c: Card | undefined) => {
    const top = c ? topColumn(t, c) : null;
    return top ? (
      <>
        <span className="cgv-cmp-col">{top.text}</span> <span className="cgv-cmp-pct">{shareIn(i18n, top.count, c!.total)}</span>
      </>
    ) : (
      <span className="cgv-muted">
        <Trans>not placed</Trans>
      </span>
    );
  };
  return (
    <table className="cgv-matrix cgv-compare">
      <caption className="cgv-sr">
        <Trans>Most common column per team, biggest differences first</Trans>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Trans>Card</Trans>
          </th>
          <th scope="col">
            <TeamMark team={a.team} /> <span className="cgv-muted">n={a.n}</span>
          </th>
          <th scope="col">
            <TeamMark team={b.team} /> <span className="cgv-muted">n={b.n}</span>
          </th>
          <th scope="col">
            <Trans>Difference</Trans>
          </th>
        </tr>
      </thead>
      <tbody>
        {visible.map(({ card, ca, cb, gap: g }) => {
          const differ = ca && cb && topColumn(ta, ca)?.id !== topColumn(tb, cb)?.id;
          const points = Math.round(g * 100);
          return (
            <tr key={card.id} className={differ ? 'cgv-row-differ' : undefined}>
              <th scope="row">{card.text}</th>
              <td className={`cgv-team-cell cgv-team-${a.team}`}>{cell(ta, ca)}</td>
              <td className={`cgv-team-cell cgv-team-${b.team}`}>{cell(tb, cb)}</td>
              <td className="cgv-gap">
                <Trans>{points} pts</Trans>
                {differ ? (
                  <strong className="cgv-differ-tag">
                    {' · '}
                    <Trans>split</Trans>
                  </strong>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
      {limit && rows.length > limit ? (
        <tfoot>
          <tr>
            <td colSpan={4} className="cgv-muted">
              <Trans>
                Showing the {limit} biggest differences of {cardTotal} cards.
              </Trans>
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
