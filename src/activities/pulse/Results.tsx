import type { ResultsViewProps } from '../view-types';
import type { PulseConfig } from './definition';
import type { PulseTally } from './logic';
import { BarChart, NoAnswers, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { plural } from '../kit/numbers';
import { meanText, pulseRows } from './rows';
import { changeSummary, gapChange, pulseStatementKey, type GapChange } from './gap-change';
import './pulse.css';

/** "↓ narrowed from 1.8 last time" on its own line: the arrow is decoration, the words say it. */
function GapChangeNote({ change }: { change: GapChange | null }) {
  if (!change) return null;
  return (
    <span className={`cgv-gap-change cgv-gap-${change.way}`}>
      <span className="cgv-sr">. </span>
      {change.arrow ? <span aria-hidden="true">{change.arrow} </span> : null}
      {change.text}
    </span>
  );
}

export function PulseResults({ activity, config, results, surface, trends }: ResultsViewProps<PulseConfig, PulseTally>) {
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers what="ratings" />
      </Surface>
    );
  }
  const teams = visibleTeams(results).filter((t) => t.team === 'sales' || t.team === 'marketing');
  const sales = teams.find((t) => t.team === 'sales')?.result ?? null;
  const marketing = teams.find((t) => t.team === 'marketing')?.result ?? null;
  const rows = pulseRows(overall, sales, marketing);
  // In a series: the gap last time next to the gap now (issue #18).
  const changes = new Map(rows.map((r) => [r.id, gapChange(trends, activity.workshopId, pulseStatementKey(config, r.id), r.gap)]));
  const summary = trends ? changeSummary([...changes.values()], trends.workshops) : null;
  const chart = (
    <BarChart
      label={sales && marketing ? 'Mean rating per statement, 1 to 5, largest gap between the teams first' : 'Mean rating per statement, 1 to 5'}
      max={5}
      rows={rows.map((r) => ({
        key: r.id,
        label: r.text,
        sub: (
          <>
            {r.gap !== null ? `Gap ${meanText(r.gap)} · ${plural(r.n, 'rating')}` : plural(r.n, 'rating')}
            <GapChangeNote change={changes.get(r.id) ?? null} />
          </>
        ),
        series: [
          { value: r.mean ?? 0, label: meanText(r.mean) },
          ...teams.map((t) => {
            const mean = t.team === 'sales' ? r.sales : r.marketing;
            return { team: t.team, value: mean ?? 0, label: meanText(mean) };
          }),
        ],
      }))}
    />
  );
  const projector = surface === 'projector';
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        {plural(results.aggregate.n, 'person', 'people')} answered · 1 strongly disagree, 5 strongly agree · set version {config.setVersion}
      </p>
      {summary ? <p className="cgv-pulse-since">{summary}</p> : null}
      <TeamSplit results={results} title="Teams in this pulse" variant="legend" />
      {projector ? <PagedRows label="Mean rating per statement">{chart}</PagedRows> : chart}
    </Surface>
  );
}
