import type { ResultsViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import type { DotVoteTally } from './logic';
import { BarChart, NoAnswers, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { percentText, plural } from '../kit/numbers';

export function DotVoteResults({ results, surface }: ResultsViewProps<DotVoteConfig, DotVoteTally>) {
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers what="dots" />
      </Surface>
    );
  }
  const teams = visibleTeams(results);
  const top = Math.max(1, ...overall.options.map((o) => o.dots));
  // Team bars share one scale (the biggest share any team gave any option), so they compare with each other.
  const topShare = Math.max(
    1,
    ...teams.flatMap((t) => {
      const tally = t.result;
      return tally.options.map((o) => (tally.totalDots > 0 ? (o.dots / tally.totalDots) * 100 : 0));
    }),
  );
  const chart = (
    <BarChart
      label="Dots per option, most first, with each team's share of its own dots"
      rows={overall.options.map((o) => ({
        key: o.id,
        label: o.text,
        sub: o.voters > 0 ? `from ${plural(o.voters, 'person', 'people')}` : undefined,
        series: [
          { value: (o.dots / top) * 100, label: plural(o.dots, 'dot') },
          ...teams.map((t) => {
            const tally = t.result;
            const dots = tally.options.find((x) => x.id === o.id)?.dots ?? 0;
            // A team's share of its own dots, so a bigger team does not look keener.
            const share = tally.totalDots > 0 ? (dots / tally.totalDots) * 100 : 0;
            return { team: t.team, value: (share / topShare) * 100, label: percentText(dots, tally.totalDots) };
          }),
        ],
      }))}
      max={100}
    />
  );
  const projector = surface === 'projector';
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        {plural(overall.totalDots, 'dot')} from {plural(results.aggregate.n, 'person', 'people')}
      </p>
      <TeamSplit results={results} title="Teams in this vote" variant="legend" />
      {projector ? <PagedRows label="Dots per option">{chart}</PagedRows> : chart}
      {teams.length > 0 ? <p className="cgv-chart-note">Team bars: share of that team's own dots.</p> : null}
    </Surface>
  );
}
