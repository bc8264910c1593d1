import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { personaResponses } from './logic';
import { personaGuide } from './guide';
import { describePersona, personaReport } from './report';
import { answerRef } from '../board-ids';
import { readBoard } from '../board-versions';
import { inLocale } from '../localized';
import type { Locale } from '../../shared/locale';
import { PERSONA_CONTENT } from './content';

export const PersonaSection = z.object({
  id: z.string().min(1).max(20),
  title: z
    .string()
    .trim()
    .min(1, says(msg`Name the section`))
    .max(80),
  hint: z.string().trim().max(200),
});

export const PersonaConfig = z
  .object({
    /** Whose persona: usually "Our sales team". */
    subject: z.string().trim().min(1).max(80),
    sections: z
      .array(PersonaSection)
      .min(2, says(msg`Keep at least two sections`))
      .max(12, says(msg`At most 12 sections`))
      .refine((s) => new Set(s.map((x) => x.id)).size === s.length, says(msg`Section ids must be unique`)),
    notesPerPerson: z.number().int().min(1).max(30),
    dotsPerPerson: z.number().int().min(1).max(20),
    /** Notes per section on the one-page persona. */
    topPerSection: z.number().int().min(1).max(6),
  })
  .strict();
export type PersonaConfig = z.infer<typeof PersonaConfig>;

/** What a participant's screen gets of the settings: whose persona, its sections, and how many notes and dots each person has. */
const PERSONA_PARTICIPANT_FIELDS = ['subject', 'sections', 'notesPerPerson', 'dotsPerPerson'] as const;
export type PersonaParticipantConfig = Pick<PersonaConfig, (typeof PERSONA_PARTICIPANT_FIELDS)[number]>;

/** One note put to the vote: a short id (votes use it), its section and text. The author is not kept. */
export const BallotNote = z.object({
  id: z.string().regex(/^n\d{1,4}$/),
  key: answerRef(z.string().min(1).max(200)),
  section: z.string().min(1).max(20),
  text: z.string().trim().min(1).max(200),
});
export type BallotNote = z.infer<typeof BallotNote>;

export const PersonaBoard = z.object({
  phase: z.enum(['collect', 'vote']),
  /** Notes put to the vote (snapshot when the vote opens). */
  ballot: z.array(BallotNote).max(400),
  /** Note keys the facilitator left out of the vote (duplicates, jokes). */
  hidden: z.array(answerRef(z.string().max(200))).max(400),
  /** Ballot ids the room agreed on. */
  agreed: z.array(z.string().max(8)).max(400),
  /** The highest ballot number ever given out: numbers are never reused (votes point at them). */
  lastId: z.number().int().min(0).max(9999).optional(),
});
export type PersonaBoard = z.infer<typeof PersonaBoard>;

export const initialPersonaBoard = (): PersonaBoard => ({ phase: 'collect', ballot: [], hidden: [], agreed: [] });
export function readPersonaBoard(board: unknown): PersonaBoard {
  return readBoard('persona', { board }, { schema: PersonaBoard, initial: initialPersonaBoard });
}

/** The persona canvas a new activity starts with, in `locale` (English by default). */
export function defaultPersonaConfig(locale: Locale = 'en'): PersonaConfig {
  const c = inLocale(PERSONA_CONTENT, locale);
  return {
    subject: c.subject,
    sections: c.sections.map(([id, title, hint]) => ({ id, title, hint })),
    notesPerPerson: 10,
    dotsPerPerson: 8,
    topPerSection: 3,
  };
}

export const persona = defineActivity({
  kind: 'persona',
  label: 'The sales team as a persona',
  description: 'Describe sales the way marketing would describe a customer, then vote: does marketing’s picture of sales match sales’ own?',
  defaultTitle: 'Sales, as a persona',
  defaultMinutes: 35,
  configVersion: 1,
  configSchema: PersonaConfig,
  defaultConfig: defaultPersonaConfig,
  migrateConfig: noMigrations,
  responses: personaResponses,
  board: { schema: PersonaBoard, initial: initialPersonaBoard, title: 'Notes, vote and agreement' },
  guide: personaGuide,
  report: personaReport,
  participantConfig: (config): PersonaParticipantConfig => pickFields(config, PERSONA_PARTICIPANT_FIELDS),
  isAnonymous: () => true,
  /** Honest notes about the buyer need cover: anonymous even when names are on. */
  namingPolicy: 'always-anonymous',
  /** Phones get the phase and, while voting, the notes on the ballot (no authors). */
  shared: (_config, board) => {
    const b = readPersonaBoard(board);
    return b.phase === 'vote' ? { phase: 'vote', ballot: b.ballot.map(({ id, section, text }) => ({ id, section, text })) } : { phase: 'collect' };
  },
  /** The notes put to the vote (kept while notes are collected again; the one-pager counts dots on them). */
  ballot: (_config, board) => {
    const b = readPersonaBoard(board);
    const keys = new Set(b.ballot.map((n) => `v-${n.id}`));
    return { open: b.phase === 'vote', has: (itemKey) => keys.has(itemKey) };
  },
  describeResponse: describePersona,
});
