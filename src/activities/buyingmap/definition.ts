import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { buyingMapResponses } from './logic';
import { buyingMapGuide } from './guide';
import { buyingMapReport } from './report';
import { readBoard } from '../board-versions';

const ShortId = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, 'Ids are 1–16 letters, digits, - or _');
export const OWNERS = ['marketing', 'sales', 'shared'] as const;
export type Owner = (typeof OWNERS)[number];

export const Stage = z.object({
  id: ShortId,
  name: z.string().trim().min(1, 'Name the stage').max(60),
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
  name: z.string().trim().min(1, 'Name the segment').max(60),
  stages: z
    .array(Stage)
    .min(2, 'A journey needs at least two stages')
    .max(8, 'At most 8 stages fit on a screen')
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'Stage ids must be unique'),
});
export type Segment = z.infer<typeof Segment>;

export const Marker = z.object({ id: ShortId, text: z.string().trim().min(1).max(40) });

export const BuyingMapConfig = z
  .object({
    prompt: z.string().trim().max(300),
    segments: z
      .array(Segment)
      .min(1)
      .max(4, 'At most 4 segments')
      .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'Segment ids must be unique'),
    markers: z
      .array(Marker)
      .min(1)
      .max(4)
      .refine((m) => new Set(m.map((x) => x.id)).size === m.length, 'Marker ids must be unique'),
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

const st = (id: string, name: string, owner: Owner, goal: string, touchpoints: string, content: string, days: number | null, handoff = false): Stage => ({
  id,
  name,
  owner,
  goal,
  touchpoints,
  content,
  days,
  handoff,
});

export function defaultBuyingMapConfig(): BuyingMapConfig {
  return {
    prompt: 'Where do buyers get stuck, where do we lose them, and where do we have nothing to give them?',
    segments: [
      {
        id: 'mid',
        name: 'Mid-market',
        stages: [
          st('aware', 'Problem aware', 'marketing', 'Put a name to the pain', 'Search, peers, social posts', 'Blog posts, short guides', 30),
          st('research', 'Researching', 'marketing', 'Find out what options exist', 'Website, webinars, review sites', 'Comparison guides, webinars', 30),
          st('evaluate', 'Evaluating', 'shared', 'Shortlist and test two or three', 'Demo, trial, first calls', 'Demo script, case studies', 45, true),
          st('decide', 'Deciding', 'sales', 'Get budget and sign-off', 'Proposal, negotiation, legal', 'ROI model, security pack', 30),
          st('onboard', 'Onboarding', 'shared', 'Get value quickly', 'Kick-off, training', 'Onboarding plan, how-to videos', 60),
          st('expand', 'Expanding', 'sales', 'Roll out to more teams', 'Account reviews, renewals', 'Customer stories, usage reports', 180),
        ],
      },
      {
        id: 'ent',
        name: 'Enterprise',
        stages: [
          st('aware', 'Problem aware', 'marketing', 'See the cost of doing nothing', 'Analyst reports, events', 'Research reports, executive briefings', 60),
          st(
            'research',
            'Researching',
            'shared',
            'Build an internal case',
            'Account-based campaigns, SDR outreach',
            'Industry pages, benchmark data',
            60,
            true,
          ),
          st('evaluate', 'Evaluating', 'sales', 'Run a proof of concept', 'Workshops, pilots, references', 'Pilot plan, reference calls', 90),
          st('decide', 'Deciding', 'sales', 'Pass procurement and security', 'Procurement, legal, board', 'Business case, compliance documents', 60),
          st('onboard', 'Onboarding', 'shared', 'Launch without disruption', 'Implementation project', 'Rollout playbook', 120),
          st('expand', 'Expanding', 'sales', 'Standardise across regions', 'Executive sponsor meetings', 'Value reviews, roadmaps', 365),
        ],
      },
    ],
    markers: [
      { id: 'stall', text: 'Deals stall here' },
      { id: 'lose', text: 'We lose them here' },
      { id: 'nocontent', text: 'No content here' },
    ],
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
