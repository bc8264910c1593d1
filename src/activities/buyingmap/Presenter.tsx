import { Trans } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { Swimlane } from './Swimlane';

/** The journey of the segment on screen, and what to do on your phone (first, so it always shows). */
export function BuyingMapPresenter({ config, board }: PresenterViewProps<BuyingMapConfig>) {
  const b = readBuyingMapBoard(board);
  const segment = config.segments.find((s) => s.id === b.segmentId) ?? config.segments[0]!;
  const max = config.maxMarkers;
  return (
    <Surface kind="projector" className="cgb">
      <p className="cgb-lead">
        {config.segments.length > 1 ? <span className="cgb-segment">{segment.name}</span> : null}
        {config.prompt}
      </p>
      <p className="cgb-rule">
        <Trans>On your phone, drop up to {max} markers:</Trans>{' '}
        {config.markers.map((m, i) => (
          <span key={m.id} className="cgb-rule-marker">
            <span className={`cgb-marker-icon cgb-marker-${i}`} aria-hidden="true" /> {m.text}
          </span>
        ))}
      </p>
      {/* The room reads the goal and the typical days; touchpoints and content notes stay in the console. */}
      <Swimlane config={config} segment={segment} rows={['owner', 'goal', 'days']} />
    </Surface>
  );
}
