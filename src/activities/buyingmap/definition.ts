import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { buyingMapResponses } from './logic';
import { buyingMapGuide } from './guide';
import { buyingMapReport } from './report';
import { readBoard } from '../board-versions';
import { inLocale } from '../localized';
import type { Locale } from '../../shared/locale';
import { BUYING_MAP_CONTENT, type MarkerId, type SegmentId, type StageId } from './content';

const ShortId = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, says(msg`Ids are 1–16 letters, digits, - or _`));
export const OWNERS = ['marketing', 'sales', 'shared'] as const;
export type Owner = (typeof OWNERS)[number];

export const Stage = z.object({
  id: ShortId,
  name: z
    .string()
    .trim()
    .min(1, says(msg`Name the stage`))
    .max(60),
  goal: z.string().trim().max(200),
  touchpoints: z.string().trim().max(200),
  owner: z.enum(OWNERS),
  content: z.string().trim().max(200),
  /** Typical days a buyer spends here; null = not known. */
  days: z.number().int().min(0).max(1000).nullable(),
  /** Marketing hands the buyer to sales as they enter this stage. */
  handoff: z.boolean(),
});
export type Stage = z.infer<typeof Stage>;

export const Segment = z.object({
  id: ShortId,
  name: z
    .string()
    .trim()
    .min(1, says(msg`Name the segment`))
    .max(60),
  stages: z
    .array(Stage)
    .min(2, says(msg`A journey needs at least two stages`))
    .max(8, says(msg`At most 8 stages fit on a screen`))
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, says(msg`Stage ids must be unique`)),
});
export type Segment = z.infer<typeof Segment>;

export const Marker = z.object({ id: ShortId, text: z.string().trim().min(1).max(40) });

export const BuyingMapConfig = z
  .object({
    prompt: z.string().trim().max(300),
    segments: z
      .array(Segment)
      .min(1)
      .max(4, says(msg`At most 4 segments`))
      .refine((s) => new Set(s.map((x) => x.id)).size === s.length, says(msg`Segment ids must be unique`)),
    markers: z
      .array(Marker)
      .min(1)
      .max(4)
      .refine((m) => new Set(m.map((x) => x.id)).size === m.length, says(msg`Marker ids must be unique`)),
    /** Markers one person may place in all. */
    maxMarkers: z.number().int().min(1).max(30),
  })
  .strict();
export type BuyingMapConfig = z.infer<typeof BuyingMapConfig>;

/** What a participant's screen gets: the stages by name and goal, the markers (not the facilitator's touchpoints, owners and content notes). */
export interface BuyingMapParticipantConfig {
  prompt: string;
  segments: { id: string; name: string; stages: Pick<Stage, 'id' | 'name' | 'goal'>[] }[];
  markers: BuyingMapConfig['markers'];
  maxMarkers: number;
}

export const BuyingMapBoard = z.object({
  /** The segment on the projector; null = the first. */
  segmentId: z.string().max(16).nullable(),
  /** Friction points the room chose to fix first ("segment.stage.marker"), with a note. */
  focus: z.array(z.object({ key: z.string().max(60), note: z.string().trim().max(200) })).max(12),
});
export type BuyingMapBoard = z.infer<typeof BuyingMapBoard>;
export const initialBuyingMapBoard = (): BuyingMapBoard => ({ segmentId: null, focus: [] });
export function readBuyingMapBoard(board: unknown): BuyingMapBoard {
  return readBoard('buyingmap', { board }, { schema: BuyingMapBoard, initial: initialBuyingMapBoard });
}

/** The facts of each example stage, the same in every language: its id, owner, typical days and whether the hand-off is here. */
const SHAPE: Readonly<Record<SegmentId, readonly (readonly [StageId, Owner, number | null, boolean])[]>> = {
  mid: [
    ['aware', 'marketing', 30, false],
    ['research', 'marketing', 30, false],
    ['evaluate', 'shared', 45, true],
    ['decide', 'sales', 30, false],
    ['onboard', 'shared', 60, false],
    ['expand', 'sales', 180, false],
  ],
  ent: [
    ['aware', 'marketing', 60, false],
    ['research', 'shared', 60, true],
    ['evaluate', 'sales', 90, false],
    ['decide', 'sales', 60, false],
    ['onboard', 'shared', 120, false],
    ['expand', 'sales', 365, false],
  ],
};
const MARKERS: readonly MarkerId[] = ['stall', 'lose', 'nocontent'];

/** Two example segments (mid-market, enterprise) and three markers, their words in `locale` (English by default). */
export function defaultBuyingMapConfig(locale: Locale = 'en'): BuyingMapConfig {
  const c = inLocale(BUYING_MAP_CONTENT, locale);
  const segment = (id: SegmentId): Segment => ({
    id,
    name: c.segments[id].name,
    stages: SHAPE[id].map(([stageId, owner, days, handoff]) => {
      const [name, goal, touchpoints, content] = c.segments[id].stages[stageId];
      return { id: stageId, name, owner, goal, touchpoints, content, days, handoff };
    }),
  });
  return {
    prompt: c.prompt,
    segments: [segment('mid'), segment('ent')],
    markers: MARKERS.map((id) => ({ id, text: c.markers[id] })),
    maxMarkers: 6,
  };
}

export const buyingmap = defineActivity({
  kind: 'buyingmap',
  label: 'Buying-process map',
  description:
    'Walk the buyer’s journey per segment, with owners and the hand-off, and mark where deals stall, where we lose them and where content is missing.',
  defaultTitle: 'How our customers buy',
  defaultMinutes: 30,
  configVersion: 1,
  configSchema: BuyingMapConfig,
  defaultConfig: defaultBuyingMapConfig,
  migrateConfig: noMigrations,
  responses: buyingMapResponses,
  board: { schema: BuyingMapBoard, initial: initialBuyingMapBoard, title: 'Map and friction' },
  guide: buyingMapGuide,
  report: buyingMapReport,
  participantConfig: (config): BuyingMapParticipantConfig => ({
    prompt: config.prompt,
    segments: config.segments.map((seg) => ({ id: seg.id, name: seg.name, stages: seg.stages.map(({ id, name, goal }) => ({ id, name, goal })) })),
    markers: config.markers,
    maxMarkers: config.maxMarkers,
  }),
  isAnonymous: () => true,
  describeResponse(config, itemKey) {
    const [seg, stage, marker] = itemKey.split('.');
    const s = config.segments.find((x) => x.id === seg);
    return {
      item: `${s?.name ?? seg}: ${s?.stages.find((x) => x.id === stage)?.name ?? stage}`,
      value: config.markers.find((m) => m.id === marker)?.text ?? marker ?? '',
    };
  },
});
