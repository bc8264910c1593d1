import { i18n as globalI18n, setupI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import type { z } from 'zod';

// Validation and service messages in the caller's language (#19). Zod evaluates a schema's
// `{ error: () => … }` when it parses, and parsing is synchronous: `withI18n` makes an I18n
// "current" for the length of one call (a dispatched operation, a planner's parse), and `say`
// translates through it. The core passes the facilitator's interface language; the renderer's
// planner its own. Outside `withI18n`: the fallback the main process registers (English, from its
// catalog), else Lingui's global instance once activated (the renderer's interface language), else
// the English source text (code run on its own, e.g. a unit test of a schema: dev builds keep it).
//
// Always translate through a catalog-loaded instance: production builds strip `message` from
// descriptors, so a descriptor's `.message` is not there to read.

let current: I18n | null = null;
let fallback: (() => I18n) | null = null;

/** Run `fn` with `i18n` as the language of every `say` inside it (synchronous code only). */
export function withI18n<T>(i18n: I18n, fn: () => T): T {
  const previous = current;
  current = i18n;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The instance `say` uses outside `withI18n` (the main process: English). */
export function setFallbackI18n(make: () => I18n): void {
  fallback = make;
}

let sourceText: I18n | null = null;
const englishSource = (): I18n => (sourceText ??= setupI18n({ locale: 'en', messages: { en: {} } }));

/** The I18n `say` speaks through now. */
export const currentI18n = (): I18n => current ?? fallback?.() ?? (globalI18n.locale ? globalI18n : englishSource());

/** A message in the current language. */
export const say = (descriptor: MessageDescriptor): string => currentI18n()._(descriptor);

/**
 * A zod error param that says `descriptor` in the language current when the schema parses:
 * `.max(500, says(msg\`…\`))`. Free of side effects (so marked), so a bundle that leaves a schema
 * out (the phone's) leaves this call out with it.
 */
/*#__NO_SIDE_EFFECTS__*/
export function says(descriptor: MessageDescriptor): { error: () => string } {
  return { error: () => say(descriptor) };
}

/**
 * Parse `value` with `schema`, its messages said in `i18n`. Zod builds an issue's message when the
 * result's `error` is first read, not during the parse, so it is read here, inside `withI18n`.
 */
export function safeParseIn<T>(i18n: I18n, schema: z.ZodType<T>, value: unknown): z.ZodSafeParseResult<T> {
  return withI18n(i18n, () => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) void parsed.error.issues;
    return parsed;
  });
}
