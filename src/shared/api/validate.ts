import type { z } from 'zod';
import { DomainError, type ApiError } from './result';
import { contract, type OpParsedInput } from './contract';
import type { OpName } from './names';

/** Turn zod issues into one sentence a person can read, plus per-field detail. */
export function describeIssues(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}` : issue.message,
  }));
  const first = issues[0];
  const lead = first ? (first.path === '(input)' ? first.message : `${first.path}: ${first.message}`) : 'Invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { code: 'VALIDATION', message: `${lead}${more}.`.replace(/\.\.$/, '.'), issues };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'not a finite number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Zod's defaults say "received undefined"; say it the way a person would. */
export function friendlyError(issue: { code: string; input?: unknown; expected?: string }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'This is required';
  const expected = TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'something else';
  return `Expected ${expected}, got ${describeValue(issue.input)}`;
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
