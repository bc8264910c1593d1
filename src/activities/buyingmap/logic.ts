import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import { say } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { BuyingMapConfig } from './definition';
import { markerKey } from './keys';

/** One friction marker on one stage (item key "segment.stage.marker"). */
export const PlacedValue = z.object({ placed: z.literal(true) }).strict();
export type PlacedValue = z.infer<typeof PlacedValue>;

export interface BuyingMapTally {
  /** People who placed each marker, by "segment.stage.marker". */
  counts: Record<string, number>;
  /** The most markers any one stage got, for the heat scale. */
  max: number;
}

export { markerKey };

export function parseKey(config: BuyingMapConfig, key: string): { segment: string; stage: string; marker: string } | null {
  const [segment, stage, marker, extra] = key.split('.');
  if (!segment || !stage || !marker || extra !== undefined) return null;
  const seg = config.segments.find((s) => s.id === segment);
  if (!seg || !seg.stages.some((s) => s.id === stage) || !config.markers.some((m) => m.id === marker)) return null;
  return { segment, stage, marker };
}

export const buyingMapResponses = defineResponses<BuyingMapConfig, PlacedValue, BuyingMapTally>({
  valueSchema: PlacedValue,
  check(config, itemKey, value, mine) {
    if (!parseKey(config, itemKey)) return say(msg`That stage or marker is not on this map.`);
    if (value === null || mine.has(itemKey)) return null;
    const max = config.maxMarkers;
    return mine.size >= max
      ? say(msg`${plural(max, { one: 'You can place up to # marker. Take it back first.', other: 'You can place up to # markers. Take one back first.' })}`)
      : null;
  },
  tally(config, responses) {
    const counts: Record<string, number> = {};
    for (const r of responses) {
      if (!parseKey(config, r.itemKey)) continue;
      counts[r.itemKey] = (counts[r.itemKey] ?? 0) + 1;
    }
    return { counts, max: Object.values(counts).reduce((m, n) => Math.max(m, n), 0) };
  },
  isComplete: (_config, mine) => mine.size > 0,
});

/** Markers per stage of a segment, for each marker kind, and the stage's total. */
export function stageFriction(config: BuyingMapConfig, tally: BuyingMapTally | null, segmentId: string) {
  const seg = config.segments.find((s) => s.id === segmentId);
  if (!seg) return [];
  return seg.stages.map((stage) => {
    const byMarker = Object.fromEntries(config.markers.map((m) => [m.id, tally?.counts[markerKey(segmentId, stage.id, m.id)] ?? 0]));
    return { stage, byMarker, total: Object.values(byMarker).reduce((a, b) => a + b, 0) };
  });
}

/** The worst friction points across segments: most people first. */
export function worstPoints(config: BuyingMapConfig, tally: BuyingMapTally | null, limit = 3) {
  if (!tally) return [];
  return Object.entries(tally.counts)
    .map(([key, count]) => ({ key, count, at: parseKey(config, key)! }))
    .filter((x) => x.at && x.count > 0)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, limit);
}
