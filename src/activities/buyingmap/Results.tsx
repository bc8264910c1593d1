import type { ResultsViewProps } from '../view-types';
import { NoAnswers, TeamSplit, visibleTeams } from '../kit/views/charts';
import { Surface } from '../kit/views/surface';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { parseKey, type BuyingMapTally } from './logic';
import { Swimlane, type TeamHeat } from './Swimlane';
import { PagedColumns } from '../kit/views/PagedColumns';
import { plural } from '../kit/numbers';

/** The swimlane with friction heat per team: one segment on the projector, all of them on the console. */
export function BuyingMapResults({ config, results, surface, board }: ResultsViewProps<BuyingMapConfig, BuyingMapTally>) {
  const b = readBuyingMapBoard(board);
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers what="markers" />
      </Surface>
    );
  }
  const teams: TeamHeat[] = visibleTeams(results)
    .filter((t) => t.team === 'sales' || t.team === 'marketing')
    .map((t) => ({ team: t.team, tally: t.result }));
  const segments = surface === 'projector' ? [config.segments.find((s) => s.id === b.segmentId) ?? config.segments[0]!] : config.segments;
  const placed = Object.values(overall.counts).reduce((a, n) => a + n, 0);
  const projector = surface === 'projector';
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
              {config.segments.length > 1 ? ` (${seg.name})` : ''}: {config.markers.find((m) => m.id === at.marker)!.text.toLowerCase()}
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
          {plural(placed, 'marker')} from {plural(results.aggregate.n, 'person', 'people')}
        </p>
        <TeamSplit results={results} title="Teams on this map" variant="legend" />
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
        <section className="cgb-focus" aria-label="Fix first">
          <h3 className="cgb-segment-title">Fix first</h3>
          {/* Below the map, the whole width in two columns; what does not fit is on the next page, never cut. */}
          {projector ? (
            <PagedColumns label="What to fix first, stage by stage" columns={2}>
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
