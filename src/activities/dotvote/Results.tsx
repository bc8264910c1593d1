import type { ResultsViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import type { DotVoteTally } from './logic';
import { BarChart, NoAnswers, TeamSplit } from '../views-kit/charts';
import { Surface, percent, plural } from '../views-kit/surface';

export function DotVoteResults({ results, surface }: ResultsViewProps<DotVoteConfig>) {
  const overall = results.aggregate?.overall as DotVoteTally | undefined;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers what="dots" />
      </Surface>
    );
  }
  return (
    <Surface kind={surface} className="cgv-results">
      <p className="cgv-results-summary">
        {plural(overall.totalDots, 'dot')} from {plural(results.aggregate.n, 'person', 'people')}
      </p>
      <BarChart
        label="Dots per option, most first"
        rows={overall.options.map((o) => ({
          key: o.id,
          label: o.text,
          sub: o.voters > 0 ? `from ${plural(o.voters, 'person', 'people')}` : undefined,
          series: [{ value: o.dots, label: plural(o.dots, 'dot') }],
        }))}
      />
      <TeamSplit results={results} title="By team: share of each team's dots">
        {(teams) => (
          <BarChart
            label="Share of each team's dots per option"
            max={100}
            rows={overall.options.map((o) => ({
              key: o.id,
              label: o.text,
              series: teams.map((t) => {
                const tally = t.result as DotVoteTally;
                const dots = tally.options.find((x) => x.id === o.id)?.dots ?? 0;
                const share = tally.totalDots > 0 ? (dots / tally.totalDots) * 100 : 0;
                return { team: t.team, value: share, label: `${percent(dots, tally.totalDots)} (${dots})` };
              }),
            }))}
          />
        )}
      </TeamSplit>
    </Surface>
  );
}
