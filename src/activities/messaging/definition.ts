import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { Prompt } from '../shared-schemas';
import { answerRef } from '../board-ids';
import { readBoard } from '../board-versions';
import { SeedList } from './seeds';
import { messagingResponses, MESSAGE_MAX, voteKey } from './logic';
import { messagingGuide } from './guide';
import { describeMessaging, messagingReport } from './report';
import { inLocale, type Localized } from '../localized';

export const MessagingConfig = z
  .object({
    /** Who the messages are for, e.g. "Mid-market IT directors". */
    segment: z
      .string()
      .trim()
      .max(80, says(msg`Keep the segment under 80 characters`)),
    prompt: Prompt,
    /** Names stay out of the views and the report (on by default, as in a brainstorm). */
    anonymous: z.boolean(),
    messagesPerPerson: z
      .number()
      .int()
      .min(1, says(msg`Let each person write at least one message`))
      .max(10, says(msg`At most 10 messages each`)),
    votesPerPerson: z
      .number()
      .int()
      .min(1, says(msg`Give each person at least one vote`))
      .max(10, says(msg`At most 10 votes each`)),
    /** "What we heard before": starting points from earlier workshops of the series, or typed. */
    seeds: SeedList,
  })
  .strict();
export type MessagingConfig = z.infer<typeof MessagingConfig>;

const MESSAGING_PARTICIPANT_FIELDS = ['segment', 'prompt', 'anonymous', 'messagesPerPerson', 'votesPerPerson', 'seeds'] as const;
/** What a phone gets of the settings: everything the room sees (there is nothing facilitator-only here). */
export type MessagingParticipantConfig = Pick<MessagingConfig, (typeof MESSAGING_PARTICIPANT_FIELDS)[number]>;

/** A message put to the vote: a short id (votes point at it), the message's answer key and its text. The author is not kept. */
export const BallotMessage = z.object({
  id: z.string().regex(/^m\d{1,4}$/),
  key: answerRef(z.string().min(1).max(200)),
  text: z.string().trim().min(1).max(MESSAGE_MAX),
});
export type BallotMessage = z.infer<typeof BallotMessage>;

export const MessagingBoard = z.object({
  phase: z.enum(['write', 'vote']),
  /** The messages put to the vote (a snapshot when the vote opens). */
  ballot: z.array(BallotMessage).max(500),
  /** The highest ballot number ever given out: numbers are never reused (votes point at them). */
  lastId: z.number().int().min(0).max(9999),
});
export type MessagingBoard = z.infer<typeof MessagingBoard>;

export const initialMessagingBoard = (): MessagingBoard => ({ phase: 'write', ballot: [], lastId: 0 });
export function readMessagingBoard(board: unknown): MessagingBoard {
  return readBoard('messaging', { board }, { schema: MessagingBoard, initial: initialMessagingBoard });
}

/** What phones see of the board: the phase and, while voting, the messages on the ballot (never who wrote them). */
export interface MessagingShared {
  phase: 'write' | 'vote';
  ballot: { id: string; text: string }[];
}

const PROMPT: Localized<string> = {
  en: 'Write one message that would make this buyer stop and listen.',
  de: 'Schreiben Sie eine Botschaft, bei der diese Käufer innehalten und zuhören.',
  fr: 'Écrivez un message qui ferait que cet acheteur s’arrête et écoute.',
  es: 'Escribe un mensaje que haga que este comprador se pare a escuchar.',
};

export const messaging = defineActivity({
  kind: 'messaging',
  label: 'Messaging brainstorm',
  description: 'Both teams write short messages for one segment, starting from what earlier workshops heard, then vote; results split by team.',
  defaultTitle: 'Messaging brainstorm',
  defaultMinutes: 25,
  configVersion: 1,
  configSchema: MessagingConfig,
  defaultConfig: (locale): MessagingConfig => ({
    segment: '',
    prompt: inLocale(PROMPT, locale),
    anonymous: true,
    messagesPerPerson: 3,
    votesPerPerson: 3,
    seeds: [],
  }),
  migrateConfig: noMigrations,
  responses: messagingResponses,
  board: { schema: MessagingBoard, initial: initialMessagingBoard, title: 'Messages and the vote' },
  guide: messagingGuide,
  report: messagingReport,
  describeResponse: describeMessaging,
  participantConfig: (config): MessagingParticipantConfig => pickFields(config, MESSAGING_PARTICIPANT_FIELDS),
  isAnonymous: (config) => config.anonymous,
  shared: (_config, board): MessagingShared => {
    const b = readMessagingBoard(board);
    return b.phase === 'vote' ? { phase: 'vote', ballot: b.ballot.map(({ id, text }) => ({ id, text })) } : { phase: 'write', ballot: [] };
  },
  /** The messages put to the vote; writing is closed while it is open. */
  ballot: (_config, board) => {
    const b = readMessagingBoard(board);
    const keys = new Set(b.ballot.map((m) => voteKey(m.id)));
    return { open: b.phase === 'vote', has: (itemKey) => keys.has(itemKey) };
  },
});
