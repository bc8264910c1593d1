import type { z } from 'zod';
import type { ApiError } from './result';

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
