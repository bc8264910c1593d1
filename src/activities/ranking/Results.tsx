import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import type { RankingConfig } from './definition';
import type { RankingTally } from './logic';
import { TeamSplit, visibleTeams } from '../kit/views/charts';
import { TeamMark } from '../kit/views/TeamMark';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';

export function RankingResults({ results, surface }: ResultsViewProps<RankingConfig, RankingTally>) {
  const { t } = useLingui();
  const overall = results.aggregate?.overall;
  if (!overall || overall.ballots === 0) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No rankings yet.</Trans>
        </p>
      </Surface>
    );
  }
  const pointsText = (count: number) => t`${plural(count, { one: '# point', other: '# points' })}`;
  const teams = visibleTeams(results);
  const max = Math.max(1, ...overall.options.map((o) => o.points));
  const list = (
    <ol className="cgv-ranked" aria-label={t`Room ranking, best first`}>
      {overall.options.map((o) => {
        const rank = o.rank;
        const first = o.firstPlaces;
        return (
          <li key={o.id} className="cgv-ranked-row">
            <span className="cgv-ranked-rank" aria-hidden="true">
              {o.rank}
            </span>
            <div className="cgv-ranked-body">
              <span className="cgv-ranked-head">
                <span className="cgv-ranked-text">
                  <span className="cgv-sr">
                    <Trans>Rank {rank}:</Trans>{' '}
                  </span>
                  {o.text}
                </span>
                <span className="cgv-ranked-meta">
                  {first > 0 ? (
                    <span>
                      <Trans>{first} put it first</Trans>
                    </span>
                  ) : null}
                  {teams.map((team) => {
                    const mine = team.result.options.find((x) => x.id === o.id);
                    return mine ? (
                      <span key={team.team} className="cgv-ranked-team">
                        <TeamMark team={team.team} /> #{mine.rank}
                      </span>
                    ) : null;
                  })}
                </span>
              </span>
              <span className="cgv-bar-line">
                <span className="cgv-bar-track" aria-hidden="true">
                  <span className="cgv-bar-fill" style={{ width: `${Math.max(o.points > 0 ? 1.5 : 0, (o.points / max) * 100)}%` }} />
                </span>
                <span className="cgv-bar-value">{pointsText(o.points)}</span>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
  const projector = surface === 'projector';
  const ballots = overall.ballots;
  const firstEarns = overall.options.length - 1;
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        {t`Points from ${plural(ballots, { one: '# ranking', other: '# rankings' })}: first place earns ${firstEarns}, last earns 0.`}
      </p>
      <TeamSplit results={results} title={t`Teams in this ranking`} variant="legend" />
      {projector ? <PagedRows label={t`Room ranking`}>{list}</PagedRows> : list}
    </Surface>
  );
}
