import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { cardSortResponses } from './logic';
import { ItemList, Prompt } from '../shared-schemas';
import { cardSortGuide } from './guide';
import { cardSortReport, describeCardSort } from './report';
import { inLocale, type Localized } from '../localized';

export const CardSortConfig = z.object({
  prompt: Prompt,
  cards: ItemList,
  columns: ItemList.refine((c) => c.length >= 2, says(msg`A card sort needs at least two columns`)),
  /** Open sort: participants may add a column of their own. */
  open: z.boolean(),
});
export type CardSortConfig = z.infer<typeof CardSortConfig>;

/** What a participant's screen gets of the settings: the question, the cards and the columns. */
const CARDSORT_PARTICIPANT_FIELDS = ['prompt', 'cards', 'columns', 'open'] as const;
export type CardSortParticipantConfig = Pick<CardSortConfig, (typeof CARDSORT_PARTICIPANT_FIELDS)[number]>;

/** The two columns a new card sort starts with, in each language. */
const COLUMNS: Localized<readonly [agree: string, disagree: string]> = {
  en: ['Agree', 'Disagree'],
  de: ['Stimme zu', 'Stimme nicht zu'],
  fr: ['D’accord', 'Pas d’accord'],
  es: ['De acuerdo', 'En desacuerdo'],
};

export const cardsort = defineActivity({
  kind: 'cardsort',
  label: 'Card sort',
  description: 'Everyone sorts the same cards into columns; where the teams differ is the finding.',
  defaultTitle: 'Card sort',
  defaultMinutes: 15,
  configVersion: 1,
  configSchema: CardSortConfig,
  defaultConfig: (locale) => ({
    prompt: '',
    cards: [],
    columns: inLocale(COLUMNS, locale).map((text, i) => ({ id: `c${i + 1}`, text, description: '' })),
    open: false,
  }),
  migrateConfig: noMigrations,
  guide: cardSortGuide,
  responses: cardSortResponses,
  report: cardSortReport,
  participantConfig: (config): CardSortParticipantConfig => pickFields(config, CARDSORT_PARTICIPANT_FIELDS),
  describeResponse: describeCardSort,
});
