import { says, say } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { dotVoteResponses } from './logic';
import { ItemList, Prompt } from '../shared-schemas';
import { dotVoteGuide } from './guide';
import { dotVoteReport, describeDotVote } from './report';

export const DotVoteConfig = z
  .object({
    prompt: Prompt,
    options: ItemList,
    dotsPerPerson: z
      .number()
      .int()
      .min(1, says(msg`Give each person at least one dot`))
      .max(20, says(msg`At most 20 dots each`)),
    maxPerItem: z.number().int().min(1).max(20),
  })
  .refine((c) => c.maxPerItem <= c.dotsPerPerson, {
    error: () => say(msg`The cap per option cannot be more than the dots each person has`),
    path: ['maxPerItem'],
  });
export type DotVoteConfig = z.infer<typeof DotVoteConfig>;

/** What a participant's screen gets of the settings: the question, the options and the dots. */
const DOTVOTE_PARTICIPANT_FIELDS = ['prompt', 'options', 'dotsPerPerson', 'maxPerItem'] as const;
export type DotVoteParticipantConfig = Pick<DotVoteConfig, (typeof DOTVOTE_PARTICIPANT_FIELDS)[number]>;

export const dotvote = defineActivity({
  kind: 'dotvote',
  label: 'Dot vote',
  description: 'Everyone spends a few dots on what matters most; priorities appear in minutes.',
  defaultTitle: 'Dot vote',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: DotVoteConfig,
  defaultConfig: () => ({ prompt: '', options: [], dotsPerPerson: 5, maxPerItem: 3 }),
  migrateConfig: noMigrations,
  guide: dotVoteGuide,
  responses: dotVoteResponses,
  report: dotVoteReport,
  participantConfig: (config): DotVoteParticipantConfig => pickFields(config, DOTVOTE_PARTICIPANT_FIELDS),
  describeResponse: describeDotVote,
});
