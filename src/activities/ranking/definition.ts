import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { rankingResponses } from './logic';
import { ItemList, Prompt } from '../shared-schemas';
import { rankingGuide } from './guide';
import { rankingReport, describeRanking } from './report';

export const RankingConfig = z.object({
  prompt: Prompt,
  options: ItemList,
});
export type RankingConfig = z.infer<typeof RankingConfig>;

/** What a participant's screen gets of the settings: the question and the options to order. */
const RANKING_PARTICIPANT_FIELDS = ['prompt', 'options'] as const;
export type RankingParticipantConfig = Pick<RankingConfig, (typeof RANKING_PARTICIPANT_FIELDS)[number]>;

export const ranking = defineActivity({
  kind: 'ranking',
  label: 'Ranking',
  description: 'Everyone puts the options in order; the room ranking comes from all of them.',
  defaultTitle: 'Ranking',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: RankingConfig,
  defaultConfig: () => ({ prompt: '', options: [] }),
  migrateConfig: noMigrations,
  guide: rankingGuide,
  responses: rankingResponses,
  report: rankingReport,
  participantConfig: (config): RankingParticipantConfig => pickFields(config, RANKING_PARTICIPANT_FIELDS),
  describeResponse: describeRanking,
});
