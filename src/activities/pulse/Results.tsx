import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import type { PulseConfig } from './definition';
import type { PulseTally } from './logic';
import { BarChart, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { oneDecimal, pulseRows } from './rows';
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
  const { t, i18n } = useLingui();
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No ratings yet.</Trans>
        </p>
      </Surface>
    );
  }
  const teams = visibleTeams(results).filter((t) => t.team === 'sales' || t.team === 'marketing');
  const sales = teams.find((t) => t.team === 'sales')?.result ?? null;
  const marketing = teams.find((t) => t.team === 'marketing')?.result ?? null;
  const rows = pulseRows(overall, sales, marketing);
  // In a series: the gap last time next to the gap now (issue #18).
  const changes = new Map(rows.map((r) => [r.id, gapChange(i18n, trends, activity.workshopId, pulseStatementKey(config, r.id), r.gap)]));
  const summary = trends ? changeSummary(i18n, [...changes.values()], trends.workshops) : null;
  const chart = (
    <BarChart
      label={sales && marketing ? t`Mean rating per statement, 1 to 5, largest gap between the teams first` : t`Mean rating per statement, 1 to 5`}
      max={5}
      rows={rows.map((r) => {
        const count = r.n;
        const ratings = t`${plural(count, { one: '# rating', other: '# ratings' })}`;
        const gap = oneDecimal(i18n, r.gap);
        return {
          key: r.id,
          label: r.text,
          sub: (
            <>
              {r.gap !== null ? t`Gap ${gap} · ${ratings}` : ratings}
              <GapChangeNote change={changes.get(r.id) ?? null} />
            </>
          ),
          series: [
            { value: r.mean ?? 0, label: oneDecimal(i18n, r.mean) },
            ...teams.map((team) => {
              const mean = team.team === 'sales' ? r.sales : r.marketing;
              return { team: team.team, value: mean ?? 0, label: oneDecimal(i18n, mean) };
            }),
          ],
        };
      })}
    />
  );
  const projector = surface === 'projector';
  const setVersion = config.setVersion;
  const people = results.aggregate.n;
  return (
    <Surface kind={surface} className={projector ? 'cgv-results cgv-paged-screen' : 'cgv-results'}>
      <p className="cgv-results-summary">
        {t`${plural(people, { one: '# person answered', other: '# people answered' })} · 1 strongly disagree, 5 strongly agree · set version ${setVersion}`}
      </p>
      {summary ? <p className="cgv-pulse-since">{summary}</p> : null}
      <TeamSplit results={results} title={t`Teams in this pulse`} variant="legend" />
      {projector ? <PagedRows label={t`Mean rating per statement`}>{chart}</PagedRows> : chart}
    </Surface>
  );
}
