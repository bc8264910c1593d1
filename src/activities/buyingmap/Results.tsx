import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import { TeamSplit, visibleTeams } from '../kit/views/charts';
import { Surface } from '../kit/views/surface';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { parseKey, type BuyingMapTally } from './logic';
import { Swimlane, type TeamHeat } from './Swimlane';
import { PagedColumns } from '../kit/views/PagedColumns';
import { inSentence } from '../in-sentence';

/** The swimlane with friction heat per team: one segment on the projector, all of them on the console. */
export function BuyingMapResults({ config, results, surface, board }: ResultsViewProps<BuyingMapConfig, BuyingMapTally>) {
  const b = readBuyingMapBoard(board);
  const { t, i18n } = useLingui();
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No markers yet.</Trans>
        </p>
      </Surface>
    );
  }
  const teams: TeamHeat[] = visibleTeams(results)
    .filter((t) => t.team === 'sales' || t.team === 'marketing')
    .map((t) => ({ team: t.team, tally: t.result }));
  const segments = surface === 'projector' ? [config.segments.find((s) => s.id === b.segmentId) ?? config.segments[0]!] : config.segments;
  const placed = Object.values(overall.counts).reduce((a, n) => a + n, 0);
  const projector = surface === 'projector';
  const people = results.aggregate.n;
  const focus = (
    <ol className="cgb-focus-list">
      {b.focus.map((f) => {
        const at = parseKey(config, f.key);
        if (!at) return null;
        const seg = config.segments.find((s) => s.id === at.segment)!;
        return (
          <li key={f.key}>
            <strong>
              {seg.stages.find((s) => s.id === at.stage)!.name}
              {config.segments.length > 1 ? ` (${seg.name})` : ''}: {inSentence(i18n.locale, config.markers.find((m) => m.id === at.marker)!.text)}
            </strong>
            {f.note ? <span className="cgb-muted"> · {f.note}</span> : null}
          </li>
        );
      })}
    </ol>
  );
  return (
    <Surface kind={surface} className={`cgb cgb-results cgb-results-${surface}${projector && b.focus.length > 0 ? ' cgv-paged-screen' : ''}`}>
      <div className="cgb-head">
        <p className="cgv-results-summary">
          {surface === 'projector' && config.segments.length > 1 ? <span className="cgb-segment">{segments[0]!.name}</span> : null}
          {t`${plural(placed, { one: '# marker', other: '# markers' })} from ${plural(people, { one: '# person', other: '# people' })}`}
        </p>
        <TeamSplit results={results} title={t`Teams on this map`} variant="legend" />
      </div>
      {segments.map((segment) => (
        <section key={segment.id} aria-label={segment.name} className="cgb-segment-block">
          {config.segments.length > 1 && surface === 'console' ? <h3 className="cgb-segment-title">{segment.name}</h3> : null}
          <Swimlane
            config={config}
            segment={segment}
            overall={overall}
            teams={teams}
            rows={surface === 'projector' ? ['owner'] : ['owner', 'goal', 'touchpoints', 'content', 'days']}
          />
        </section>
      ))}
      {b.focus.length > 0 ? (
        <section className="cgb-focus" aria-label={t`Fix first`}>
          <h3 className="cgb-segment-title">
            <Trans>Fix first</Trans>
          </h3>
          {/* Below the map, the whole width in two columns; what does not fit is on the next page, never cut. */}
          {projector ? (
            <PagedColumns label={t`What to fix first, stage by stage`} columns={2}>
              {focus}
            </PagedColumns>
          ) : (
            focus
          )}
        </section>
      ) : null}
    </Surface>
  );
}
