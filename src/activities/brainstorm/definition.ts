import { z } from 'zod';
import type { ActivityDefinition } from '../types';
import { noMigrations } from '../types';
import { Prompt } from '../shared-schemas';

export const BrainstormConfig = z.object({
  prompt: Prompt,
  anonymous: z.boolean(),
  maxCardsPerPerson: z.number().int().min(1).max(50),
});
export type BrainstormConfig = z.infer<typeof BrainstormConfig>;

export const brainstorm: ActivityDefinition<BrainstormConfig> = {
  kind: 'brainstorm',
  label: 'Brainstorm',
  description: 'Everyone adds short cards; you group them into themes together.',
  defaultTitle: 'Brainstorm',
  defaultMinutes: 15,
  interactive: true,
  configVersion: 1,
  configSchema: BrainstormConfig,
  defaultConfig: () => ({ prompt: '', anonymous: true, maxCardsPerPerson: 10 }),
  migrateConfig: noMigrations,
};
