import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { brainstormResponses } from './logic';
import { Prompt } from '../shared-schemas';
import { brainstormGuide } from './guide';
import { brainstormReport, describeBrainstorm } from './report';
import { answerRef } from '../board-ids';

export const BrainstormConfig = z.object({
  prompt: Prompt,
  anonymous: z.boolean(),
  maxCardsPerPerson: z.number().int().min(1).max(50),
});
export type BrainstormConfig = z.infer<typeof BrainstormConfig>;

/** What a participant's screen gets of the settings: the question and how many cards each person may write. */
const BRAINSTORM_PARTICIPANT_FIELDS = ['prompt', 'maxCardsPerPerson'] as const;
export type BrainstormParticipantConfig = Pick<BrainstormConfig, (typeof BRAINSTORM_PARTICIPANT_FIELDS)[number]>;

/** How the facilitator grouped the cards: named clusters of card keys. */
export const BrainstormBoard = z.object({
  clusters: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: z
          .string()
          .trim()
          .min(1, says(msg`Give the group a name`))
          .max(80),
        cardKeys: z.array(answerRef(z.string().min(1).max(200))).max(1000),
      }),
    )
    .max(100),
});
export type BrainstormBoard = z.infer<typeof BrainstormBoard>;

export const brainstorm = defineActivity({
  kind: 'brainstorm',
  label: 'Brainstorm',
  description: 'Everyone adds short cards; you group them into themes together.',
  defaultTitle: 'Brainstorm',
  defaultMinutes: 15,
  configVersion: 1,
  configSchema: BrainstormConfig,
  defaultConfig: () => ({ prompt: '', anonymous: true, maxCardsPerPerson: 10 }),
  migrateConfig: noMigrations,
  guide: brainstormGuide,
  responses: brainstormResponses,
  report: brainstormReport,
  participantConfig: (config): BrainstormParticipantConfig => pickFields(config, BRAINSTORM_PARTICIPANT_FIELDS),
  describeResponse: describeBrainstorm,
  isAnonymous: (config) => config.anonymous,
  board: { schema: BrainstormBoard, initial: (): BrainstormBoard => ({ clusters: [] }) },
});
