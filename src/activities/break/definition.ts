import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { breakGuide } from './guide';
import { breakReport } from './report';

export const BreakConfig = z.object({
  message: z.string().trim().max(200),
});
export type BreakConfig = z.infer<typeof BreakConfig>;

export const breakActivity = defineActivity({
  kind: 'break',
  label: 'Break',
  description: 'Coffee, air and hallway talk: often where the real alignment starts.',
  defaultTitle: 'Break',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: BreakConfig,
  defaultConfig: () => ({ message: 'Back in a few minutes' }),
  migrateConfig: noMigrations,
  guide: breakGuide,
  report: breakReport,
});
