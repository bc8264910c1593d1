import type { ResultsViewProps } from '../view-types';
import type { RankingConfig } from './definition';
import type { RankingTally } from './logic';
import { NoAnswers, TeamSplit, visibleTeams } from '../kit/views/charts';
import { TeamMark } from '../kit/views/TeamMark';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { plural } from '../kit/numbers';

export function RankingResults({ results, surface }: ResultsViewProps<RankingConfig, RankingTally>) {
  const overall = results.aggregate?.overall;
  if (!overall || overall.ballots === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers what="rankings" />
      </Surface>
    );
  }
  const teams = visibleTeams(results);
  const max = Math.max(1, ...overall.options.map((o) => o.points));
  const list = (
    <ol className="cgv-ranked" aria-label="Room ranking, best first">
      {overall.options.map((o) => (
        <li key={o.id} className="cgv-ranked-row">
          <span className="cgv-ranked-rank" aria-hidden="true">
            {o.rank}
          </span>
          <div className="cgv-ranked-body">
            <span className="cgv-ranked-head">
              <span className="cgv-ranked-text">
                <span className="cgv-sr">Rank {o.rank}: </span>
                {o.text}
              </span>
              <span className="cgv-ranked-meta">
                {o.firstPlaces > 0 ? <span>{o.firstPlaces} put it first</span> : null}
                {teams.map((t) => {
                  const mine = t.result.options.find((x) => x.id === o.id);
                  return mine ? (
                    <span key={t.team} className="cgv-ranked-team">
                      <TeamMark team={t.team} /> #{mine.rank}
                    </span>
                  ) : null;
                })}
              </span>
            </span>
            <span className="cgv-bar-line">
              <span className="cgv-bar-track" aria-hidden="true">
                <span className="cgv-bar-fill" style={{ width: `${Math.max(o.points > 0 ? 1.5 : 0, (o.points / max) * 100)}%` }} />
              </span>
              <span className="cgv-bar-value">{plural(o.points, 'point')}</span>
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
  const projector = surface === 'projector';
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        Points from {plural(overall.ballots, 'ranking')}: first place earns {overall.options.length - 1}, last earns 0.
      </p>
      <TeamSplit results={results} title="Teams in this ranking" variant="legend" />
      {projector ? <PagedRows label="Room ranking">{list}</PagedRows> : list}
    </Surface>
  );
}
