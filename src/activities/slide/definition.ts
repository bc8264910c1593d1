import { z } from 'zod';
import type { ActivityDefinition } from '../types';
import { noMigrations } from '../types';
import { GUIDES } from '../guides';
import { slideReport } from './report';

export const SlideConfig = z.object({
  text: z.string().max(2000, 'Keep the slide text under 2,000 characters'),
  bullets: z.array(z.string().trim().min(1).max(200)).max(12, 'At most 12 bullet points fit on a slide'),
});
export type SlideConfig = z.infer<typeof SlideConfig>;

export const slide: ActivityDefinition<SlideConfig> = {
  kind: 'slide',
  label: 'Slide / talk',
  description: 'Set the scene or explain something, with a few points on the screen.',
  defaultTitle: 'Welcome and why we are here',
  defaultMinutes: 10,
  interactive: false,
  configVersion: 1,
  configSchema: SlideConfig,
  defaultConfig: () => ({ text: '', bullets: [] }),
  migrateConfig: noMigrations,
  guide: GUIDES.slide,
  report: slideReport,
};
