import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { pulseResponses } from './logic';
import { pulseGuide } from './guide';
import { pulseReport, describePulse } from './report';

export const Statement = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1, 'A statement needs some text').max(140, 'Keep each statement to 140 characters'),
});
export type Statement = z.infer<typeof Statement>;

/** The version of the built-in set: bump it (and keep the old texts' meaning) when the set changes, so trends compare like with like. */
export const PULSE_SET_VERSION = 1;

/** The built-in statements, both directions of the relationship. */
export const PULSE_STATEMENTS: readonly Statement[] = [
  { id: 'qualified-lead', text: 'We agree on what a qualified lead is.' },
  { id: 'follow-up', text: 'Leads we hand over are followed up within the agreed time.' },
  { id: 'feedback', text: 'When a lead is turned down, the other team hears why.' },
  { id: 'trust-numbers', text: 'I trust the other team’s numbers.' },
  { id: 'this-month', text: 'I know what the other team is working on this month.' },
  { id: 'asked-early', text: 'The other team asks for my input before plans are fixed.' },
  { id: 'shared-goal', text: 'We are measured on at least one goal we share.' },
  { id: 'easy-to-reach', text: 'When I need someone from the other team, I know whom to ask.' },
  { id: 'credit', text: 'Wins are credited to both teams.' },
];

const uniqueIds = (list: Statement[]) => new Set(list.map((s) => s.id)).size === list.length;

export const PulseConfig = z
  .object({
    setVersion: z.literal(PULSE_SET_VERSION),
    statements: z.array(Statement).min(1).max(12),
    extra: z.array(Statement).max(5, 'At most 5 statements of your own'),
  })
  .refine((c) => uniqueIds([...c.statements, ...c.extra]), { message: 'Statement ids must be unique', path: ['extra'] });
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
  defaultConfig: (): PulseConfig => ({ setVersion: PULSE_SET_VERSION, statements: PULSE_STATEMENTS.map((s) => ({ ...s })), extra: [] }),
  migrateConfig: noMigrations,
  guide: pulseGuide,
  responses: pulseResponses,
  report: pulseReport,
  namingPolicy: 'always-anonymous',
  participantConfig: (config): PulseParticipantConfig => pickFields(config, PULSE_PARTICIPANT_FIELDS),
  describeResponse: describePulse,
});
