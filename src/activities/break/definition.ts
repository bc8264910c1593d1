import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { breakGuide } from './guide';
import { breakReport } from './report';
import { inLocale, type Localized } from '../localized';

export const BreakConfig = z.object({
  message: z.string().trim().max(200),
});
export type BreakConfig = z.infer<typeof BreakConfig>;

const BACK_SOON: Localized<string> = {
  en: 'Back in a few minutes',
  de: 'Gleich geht es weiter',
  fr: 'Reprise dans quelques minutes',
  es: 'Volvemos en unos minutos',
};

export const breakActivity = defineActivity({
  kind: 'break',
  label: 'Break',
  description: 'Coffee, air and hallway talk: often where the real alignment starts.',
  defaultTitle: 'Break',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: BreakConfig,
  defaultConfig: (locale) => ({ message: inLocale(BACK_SOON, locale) }),
  migrateConfig: noMigrations,
  guide: breakGuide,
  report: breakReport,
});
