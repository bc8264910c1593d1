import { z } from 'zod';
import type { ActivityDefinition } from '../types';
import { noMigrations } from '../types';
import { cardSortResponses } from './logic';
import { ItemList, Prompt } from '../shared-schemas';
import { GUIDES } from '../guides';
import { cardSortReport, describeCardSort } from './report';

export const CardSortConfig = z.object({
  prompt: Prompt,
  cards: ItemList,
  columns: ItemList.refine((c) => c.length >= 2, 'A card sort needs at least two columns'),
  /** Open sort: participants may add a column of their own. */
  open: z.boolean(),
});
export type CardSortConfig = z.infer<typeof CardSortConfig>;

export const cardsort: ActivityDefinition<CardSortConfig> = {
  kind: 'cardsort',
  label: 'Card sort',
  description: 'Everyone sorts the same cards into columns; where the teams differ is the finding.',
  defaultTitle: 'Card sort',
  defaultMinutes: 15,
  interactive: true,
  configVersion: 1,
  configSchema: CardSortConfig,
  defaultConfig: () => ({
    prompt: '',
    cards: [],
    columns: [
      { id: 'c1', text: 'Agree', description: '' },
      { id: 'c2', text: 'Disagree', description: '' },
    ],
    open: false,
  }),
  migrateConfig: noMigrations,
  guide: GUIDES.cardsort,
  responses: cardSortResponses,
  report: cardSortReport,
  describeResponse: describeCardSort,
};
