import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, LongText, Minutes, Timestamp, Title } from './domain';

// Workshop templates: an agenda with each activity's settings and notes,
// never responses and never a roster. The same shape is stored in SQLite
// and written to a file for sharing, wrapped in a versioned envelope.

export const TEMPLATE_FORMAT = 'common-ground-template';
/** The version of the file format; a file from a newer app is refused with a clear message. */
export const TEMPLATE_FILE_VERSION = 1;
/** 500 kB of JSON: far more than any real agenda (the 6-hour day is about 15 kB), and well inside one API message. */
export const MAX_TEMPLATE_FILE_CHARS = 500_000;

export const TemplateActivity = z
  .object({
    kind: z.string().min(1).max(40),
    title: Title,
    minutes: Minutes,
    configVersion: z.number().int().min(1).max(10_000),
    config: z.unknown(),
    notes: LongText.default(''),
  })
  .strict();
export type TemplateActivity = z.infer<typeof TemplateActivity>;

export const TemplateBody = z
  .object({
    name: Title,
    description: LongText.default(''),
    /** The workshop goal a new workshop starts with. */
    goal: LongText.default(''),
    activities: z
      .array(TemplateActivity)
      .min(1, says(msg`A template needs at least one activity`))
      .max(200, says(msg`A template has at most 200 activities`)),
  })
  .strict();
export type TemplateBody = z.infer<typeof TemplateBody>;

export const TemplateFile = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    version: z.number().int(),
    exportedAt: Timestamp.optional(),
    template: TemplateBody,
  })
  .strict();
export type TemplateFile = z.infer<typeof TemplateFile>;

export const TemplateSummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  activityCount: z.number().int(),
  /** The activities' titles, in agenda order (what the template contains, in words). */
  activityTitles: z.array(z.string()),
  /** Planned minutes, breaks included. */
  minutes: z.number().int(),
  createdAt: Timestamp.nullable(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** Built-in template ids are fixed, so they survive restarts and can be referred to. */
export const BUILT_IN_PREFIX = 'builtin-';
