import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { slideGuide } from './guide';
import { slideReport } from './report';

/** A picture from disk, kept inside the workshop (as a data URL) so it works offline and travels with exports. */
export const SLIDE_IMAGE_MAX_CHARS = 700_000;
export const SlideImage = z.object({
  dataUrl: z
    .string()
    .max(SLIDE_IMAGE_MAX_CHARS, says(msg`That picture is too large; use one under about 500 KB`))
    .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/, says(msg`Use a PNG, JPEG, WebP or GIF picture`)),
  /** What the picture shows, for people who cannot see it. */
  alt: z
    .string()
    .trim()
    .min(1, says(msg`Describe the picture in a few words`))
    .max(200),
});
export type SlideImage = z.infer<typeof SlideImage>;

export const SlideConfig = z.object({
  text: z.string().max(2000, says(msg`Keep the slide text under 2,000 characters`)),
  bullets: z.array(z.string().trim().min(1).max(200)).max(12, says(msg`At most 12 bullet points fit on a slide`)),
  image: SlideImage.nullable().optional(),
});
export type SlideConfig = z.infer<typeof SlideConfig>;

export const slide = defineActivity({
  kind: 'slide',
  label: 'Slide / talk',
  description: 'Set the scene or explain something, with a few points on the screen.',
  defaultTitle: 'Welcome and why we are here',
  defaultMinutes: 10,
  configVersion: 1,
  configSchema: SlideConfig,
  defaultConfig: () => ({ text: '', bullets: [] }),
  migrateConfig: noMigrations,
  guide: slideGuide,
  report: slideReport,
});
