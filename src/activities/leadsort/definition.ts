import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { leadSortGuide } from './guide';
import { pickFields } from '../participant-config';
import { cardSortResponsesFor } from '../cardsort/logic';
import { ItemList, Prompt } from '../shared-schemas';
import { leadSortReport } from './report';
import { describeCardSort } from '../cardsort/report';
import { LEAD_PROMPT, defaultSignals, leadColumns } from './signals';
import { inLocale } from '../localized';

export const LeadSortConfig = z.object({
  prompt: Prompt,
  cards: ItemList.refine((c) => c.length >= 1, says(msg`Add at least one lead signal`)),
  /** Always three, by position: quality lead, not a signal, depends. Their names may change. */
  columns: ItemList.refine((c) => c.length === 3, says(msg`A lead sort has exactly three columns: quality lead, not a signal, depends`)),
  /** Never open: the three columns are the point. Kept so the card sort's logic and views apply as they are. */
  open: z.literal(false),
});
export type LeadSortConfig = z.infer<typeof LeadSortConfig>;

/** What a participant's screen gets of the settings: the question, the signals and the three columns. */
const LEADSORT_PARTICIPANT_FIELDS = ['prompt', 'cards', 'columns', 'open'] as const;
export type LeadSortParticipantConfig = Pick<LeadSortConfig, (typeof LEADSORT_PARTICIPANT_FIELDS)[number]>;

/** The facilitator's outcome: the shared definition of a quality lead, drafted from the results. */
export const LeadSortBoard = z.object({
  definition: z.string().max(5000, says(msg`Keep the definition under 5,000 characters`)),
  /** What the projector shows once results are revealed: the split by team, or the draft definition. */
  onScreen: z.enum(['results', 'outcome']).default('results'),
});
export type LeadSortBoard = z.infer<typeof LeadSortBoard>;

export const leadsort = defineActivity({
  kind: 'leadsort',
  label: 'Lead-quality sort',
  description: 'Each person sorts lead signals into quality, not a signal, or depends; where Sales and Marketing split is the conversation.',
  defaultTitle: 'What makes a quality lead?',
  defaultMinutes: 25,
  configVersion: 1,
  configSchema: LeadSortConfig,
  defaultConfig: (locale): LeadSortConfig => ({
    prompt: inLocale(LEAD_PROMPT, locale),
    cards: defaultSignals(locale),
    columns: leadColumns(locale),
    open: false,
  }),
  migrateConfig: noMigrations,
  report: leadSortReport,
  participantConfig: (config): LeadSortParticipantConfig => pickFields(config, LEADSORT_PARTICIPANT_FIELDS),
  describeResponse: describeCardSort,
  responses: cardSortResponsesFor<LeadSortConfig>(),
  board: { schema: LeadSortBoard, initial: (): LeadSortBoard => ({ definition: '', onScreen: 'results' }), title: 'Draft: our definition of a quality lead' },
  guide: leadSortGuide,
});
