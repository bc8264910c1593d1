import { says, say } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { pulseResponses } from './logic';
import { pulseGuide } from './guide';
import { pulseReport, describePulse } from './report';
import { inLocale } from '../localized';
import type { Locale } from '../../shared/locale';
import { PULSE_STATEMENT_IDS, PULSE_STATEMENT_TEXTS } from './statement-set';

export const Statement = z.object({
  id: z.string().min(1).max(64),
  text: z
    .string()
    .trim()
    .min(1, says(msg`A statement needs some text`))
    .max(140, says(msg`Keep each statement to 140 characters`)),
});
export type Statement = z.infer<typeof Statement>;

/** The version of the built-in set: bump it (and keep the old texts' meaning) when the set changes, so trends compare like with like. */
export const PULSE_SET_VERSION = 1;

/**
 * The built-in statements, both directions of the relationship, in `locale`: the same ids in
 * every language (statement-set.ts says why), so trends match them across languages.
 */
export const pulseStatements = (locale: Locale = 'en'): Statement[] => {
  const texts = inLocale(PULSE_STATEMENT_TEXTS, locale);
  return PULSE_STATEMENT_IDS.map((id) => ({ id, text: texts[id] }));
};

/** The built-in statements in English. */
export const PULSE_STATEMENTS: readonly Statement[] = pulseStatements('en');

const uniqueIds = (list: Statement[]) => new Set(list.map((s) => s.id)).size === list.length;

export const PulseConfig = z
  .object({
    setVersion: z.literal(PULSE_SET_VERSION),
    statements: z.array(Statement).min(1).max(12),
    extra: z.array(Statement).max(5, says(msg`At most 5 statements of your own`)),
  })
  .refine((c) => uniqueIds([...c.statements, ...c.extra]), { error: () => say(msg`Statement ids must be unique`), path: ['extra'] });
export type PulseConfig = z.infer<typeof PulseConfig>;

export { allStatements } from './statements';

/** What a participant's screen gets of the settings: only the statements. */
const PULSE_PARTICIPANT_FIELDS = ['statements', 'extra'] as const;
export type PulseParticipantConfig = Pick<PulseConfig, (typeof PULSE_PARTICIPANT_FIELDS)[number]>;

export const pulse = defineActivity({
  kind: 'pulse',
  label: 'Alignment pulse',
  description: 'A short, anonymous rating of how Sales and Marketing work together; shows where the teams see things differently.',
  defaultTitle: 'Alignment pulse',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: PulseConfig,
  defaultConfig: (locale): PulseConfig => ({ setVersion: PULSE_SET_VERSION, statements: pulseStatements(locale), extra: [] }),
  migrateConfig: noMigrations,
  guide: pulseGuide,
  responses: pulseResponses,
  report: pulseReport,
  namingPolicy: 'always-anonymous',
  participantConfig: (config): PulseParticipantConfig => pickFields(config, PULSE_PARTICIPANT_FIELDS),
  describeResponse: describePulse,
});
