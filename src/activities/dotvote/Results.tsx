import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import type { DotVoteTally } from './logic';
import { BarChart, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { percentOf } from '../kit/numbers';

export function DotVoteResults({ results, surface }: ResultsViewProps<DotVoteConfig, DotVoteTally>) {
  const { t, i18n } = useLingui();
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No dots yet.</Trans>
        </p>
      </Surface>
    );
  }
  const fromPeople = (count: number) => t`from ${plural(count, { one: '# person', other: '# people' })}`;
  const dotsText = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
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
      label={t`Dots per option, most first, with each team's share of its own dots`}
      rows={overall.options.map((o) => ({
        key: o.id,
        label: o.text,
        sub: o.voters > 0 ? fromPeople(o.voters) : undefined,
        series: [
          { value: (o.dots / top) * 100, label: dotsText(o.dots) },
          ...teams.map((t) => {
            const tally = t.result;
            const dots = tally.options.find((x) => x.id === o.id)?.dots ?? 0;
            // A team's share of its own dots, so a bigger team does not look keener.
            const share = tally.totalDots > 0 ? (dots / tally.totalDots) * 100 : 0;
            return { team: t.team, value: (share / topShare) * 100, label: i18n.number(percentOf(dots, tally.totalDots) / 100, { style: 'percent' }) };
          }),
        ],
      }))}
      max={100}
    />
  );
  const projector = surface === 'projector';
  const total = overall.totalDots;
  const people = results.aggregate.n;
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        {t`${plural(total, { one: '# dot', other: '# dots' })} from ${plural(people, { one: '# person', other: '# people' })}`}
      </p>
      <TeamSplit results={results} title={t`Teams in this vote`} variant="legend" />
      {projector ? <PagedRows label={t`Dots per option`}>{chart}</PagedRows> : chart}
      {teams.length > 0 ? (
        <p className="cgv-chart-note">
          <Trans>Team bars: share of that team's own dots.</Trans>
        </p>
      ) : null}
    </Surface>
  );
}
