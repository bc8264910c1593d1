import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { z } from 'zod';
import { currentI18n } from './say';
import { DomainError, type ApiError } from './result';
import { contract, type OpParsedInput } from './contract';
import type { OpName } from './names';

// Said in the current language (src/shared/api/say.ts): the caller's, within a dispatched operation.

/** Turn zod issues into one sentence a person can read, plus per-field detail. */
export function describeIssues(error: z.ZodError): ApiError {
  const i18n = currentI18n();
  const issues = error.issues.map((issue) => {
    const fields = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    return {
      path: issue.path.map(String).join('.') || '(input)',
      message: issue.code === 'unrecognized_keys' ? t(i18n)`Unknown field: ${fields}` : issue.message,
    };
  });
  const first = issues[0];
  const lead = first ? (first.path === '(input)' ? first.message : `${first.path}: ${first.message}`) : t(i18n)`Invalid input`;
  const others = issues.length - 1;
  const more = others > 0 ? ` ${t(i18n)`(and ${plural(others, { one: '# more problem', other: '# more problems' })})`}` : '';
  return { code: 'VALIDATION', message: `${lead}${more}.`.replace(/\.\.$/, '.'), issues };
}

const typeWords = (i18n: I18n): Record<string, string> => ({
  string: t(i18n)`text`,
  number: t(i18n)`a number`,
  int: t(i18n)`a whole number`,
  boolean: t(i18n)`true or false`,
  object: t(i18n)`an object`,
  array: t(i18n)`a list`,
});

function describeValue(i18n: I18n, value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t(i18n)`a list`;
  if (typeof value === 'string') return t(i18n)`text`;
  if (typeof value === 'number') return Number.isFinite(value) ? t(i18n)`a number` : t(i18n)`not a finite number`;
  if (typeof value === 'object') return t(i18n)`an object`;
  if (typeof value === 'boolean') return t(i18n)`a boolean`;
  return t(i18n)`something else`;
}

/** Zod's defaults say "received undefined"; say it the way a person would. */
export function friendlyError(issue: { code: string; input?: unknown; expected?: string }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const i18n = currentI18n();
  if (issue.input === undefined) return t(i18n)`This is required`;
  const expected = typeWords(i18n)[issue.expected ?? ''] ?? issue.expected ?? t(i18n)`something else`;
  const got = describeValue(i18n, issue.input);
  return t(i18n)`Expected ${expected}, got ${got}`;
}

/** Check an operation's input against its contract schema: the parsed value, or a VALIDATION error. */
export function parseOpInput<K extends OpName>(op: K, input: unknown): { ok: true; data: OpParsedInput<K> } | { ok: false; error: ApiError } {
  const parsed = contract[op].input.safeParse(input ?? {}, { error: friendlyError });
  return parsed.success ? { ok: true, data: parsed.data as OpParsedInput<K> } : { ok: false, error: describeIssues(parsed.error) };
}

/**
 * The one zod parse-and-throw: the parsed value, or a VALIDATION DomainError with a sentence a
 * person can read and the per-field issues. `explain` puts zod's sentence in the caller's words,
 * e.g. (why) => `That template file is damaged: ${why} Nothing was imported.`
 * `pathPrefix` places the issues' paths where the value sits in the input, e.g. 'config'.
 */
export function parseOrThrow<T>(
  schema: z.ZodType<T>,
  value: unknown,
  explain: (why: string) => string = (why) => why,
  { pathPrefix }: { pathPrefix?: string } = {},
): T {
  const parsed = schema.safeParse(value, { error: friendlyError });
  if (parsed.success) return parsed.data;
  const d = describeIssues(parsed.error);
  const issues = pathPrefix ? d.issues?.map((i) => ({ ...i, path: `${pathPrefix}.${i.path}` })) : d.issues;
  throw new DomainError('VALIDATION', explain(d.message), issues);
}
