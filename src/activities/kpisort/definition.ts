import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { kpiSortGuide } from './guide';
import { pickFields } from '../participant-config';
import { cardSortResponsesFor } from '../cardsort/logic';
import { kpiSortReport } from './report';
import { describeCardSort } from '../cardsort/report';
import { Item, ItemList, Prompt } from '../shared-schemas';
import { inLocale } from '../localized';
import { KPI_CONTENT } from './content';

/** A KPI: a card with the unit its target is written in ("%", "days", "€"). */
export const Kpi = Item.extend({
  unit: z
    .string()
    .trim()
    .max(20, says(msg`Keep the unit under 20 characters`))
    .default(''),
});
export type Kpi = z.infer<typeof Kpi>;

export const OWNERS = ['marketing', 'sales', 'shared'] as const;
export type Owner = (typeof OWNERS)[number];
export const OWNER_LABEL: Record<Owner, string> = { marketing: 'Marketing owns', sales: 'Sales owns', shared: 'Shared' };

export const KpiSortConfig = z.object({
  /** The company goal both teams serve, shown above the sort. */
  goal: z
    .string()
    .trim()
    .max(300, says(msg`Keep the goal under 300 characters`)),
  prompt: Prompt,
  cards: z
    .array(Kpi)
    .min(1, says(msg`Add at least one KPI`))
    .max(60, says(msg`At most 60 KPIs`))
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, says(msg`KPI ids must be unique`)),
  /** Three, by position: Marketing owns, Sales owns, Shared (ids fixed, names editable). */
  columns: ItemList.refine(
    (c) => c.length === 3 && c.every((col, i) => col.id === OWNERS[i]),
    says(msg`A KPI sort has three columns: Marketing owns, Sales owns, Shared`),
  ),
  open: z.literal(false),
});
export type KpiSortConfig = z.infer<typeof KpiSortConfig>;

/** What a participant's screen gets of the settings: the question, the KPIs and the three columns. */
const KPISORT_PARTICIPANT_FIELDS = ['prompt', 'cards', 'columns', 'open'] as const;
export type KpiSortParticipantConfig = Pick<KpiSortConfig, (typeof KPISORT_PARTICIPANT_FIELDS)[number]>;

/** The outcome: per KPI, who owns it, the person, the target and its unit. */
export const KpiRow = z.object({
  kpiId: z.string().min(1).max(64),
  owner: z.enum(OWNERS).nullable(),
  person: z
    .string()
    .trim()
    .max(80, says(msg`Keep the name under 80 characters`)),
  target: z
    .string()
    .trim()
    .max(40, says(msg`Keep the target under 40 characters`)),
  unit: z
    .string()
    .trim()
    .max(20, says(msg`Keep the unit under 20 characters`)),
});
export type KpiRow = z.infer<typeof KpiRow>;
export const KpiSortBoard = z.object({
  rows: z.array(KpiRow).max(60),
  /** What the projector shows once results are revealed: who put what where, or the agreed table. */
  onScreen: z.enum(['results', 'outcome']).default('results'),
});
export type KpiSortBoard = z.infer<typeof KpiSortBoard>;

export const kpisort = defineActivity({
  kind: 'kpisort',
  label: 'Shared goals and KPIs',
  description: 'Each person sorts the numbers into Marketing owns, Sales owns or Shared; then you agree owners and targets.',
  defaultTitle: 'Shared goals, roles and KPIs',
  defaultMinutes: 25,
  configVersion: 1,
  configSchema: KpiSortConfig,
  defaultConfig: (locale): KpiSortConfig => {
    const c = inLocale(KPI_CONTENT, locale);
    return {
      goal: c.goal,
      prompt: c.prompt,
      cards: c.kpis.map(([text, description, unit], n) => ({ id: `kpi${n + 1}`, text, description, unit })),
      columns: OWNERS.map((id) => ({ id, text: c.columns[id], description: '' })),
      open: false,
    };
  },
  migrateConfig: noMigrations,
  report: kpiSortReport,
  participantConfig: (config): KpiSortParticipantConfig => pickFields(config, KPISORT_PARTICIPANT_FIELDS),
  describeResponse: describeCardSort,
  responses: cardSortResponsesFor<KpiSortConfig>(),
  board: { schema: KpiSortBoard, initial: (): KpiSortBoard => ({ rows: [], onScreen: 'results' }), title: 'Our KPI table: owners and targets' },
  guide: kpiSortGuide,
});
