import { z } from 'zod';
import type { ActivityDefinition } from '../types';
import { noMigrations } from '../types';
import { rankingResponses } from './logic';
import { ItemList, Prompt } from '../shared-schemas';
import { GUIDES } from '../guides';
import { rankingReport, describeRanking } from './report';

export const RankingConfig = z.object({
  prompt: Prompt,
  options: ItemList,
});
export type RankingConfig = z.infer<typeof RankingConfig>;

export const ranking: ActivityDefinition<RankingConfig> = {
  kind: 'ranking',
  label: 'Ranking',
  description: 'Everyone puts the options in order; the room ranking comes from all of them.',
  defaultTitle: 'Ranking',
  defaultMinutes: 10,
  interactive: true,
  configVersion: 1,
  configSchema: RankingConfig,
  defaultConfig: () => ({ prompt: '', options: [] }),
  migrateConfig: noMigrations,
  guide: GUIDES.ranking,
  responses: rankingResponses,
  report: rankingReport,
  describeResponse: describeRanking,
};
