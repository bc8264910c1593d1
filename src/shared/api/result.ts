import type { MessageDescriptor } from '@lingui/core';
import { say } from './say';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'UNAVAILABLE',
  'INTERNAL',
  // The facilitator's computer could not store or read the data: disk full, read-only, damaged file.
  'STORAGE_FULL',
  'STORAGE_READONLY',
  'STORAGE_DAMAGED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const STORAGE_ERROR_CODES: readonly ErrorCode[] = ['STORAGE_FULL', 'STORAGE_READONLY', 'STORAGE_DAMAGED'];
export const isStorageErrorCode = (code: string): boolean => (STORAGE_ERROR_CODES as readonly string[]).includes(code);

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can read: what happened and what to do next. */
  message: string;
  /** For VALIDATION: the offending field paths and their messages. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: ApiError['issues']): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/**
 * Thrown inside the core; turned into a Result by the dispatcher. A `msg` descriptor is said in the
 * language of the operation that throws it (the caller's interface language, src/shared/api/say.ts);
 * a string is taken as it is (already in its language, or words the facilitator typed).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string | MessageDescriptor,
    readonly issues?: ApiError['issues'],
  ) {
    super(typeof message === 'string' ? message : say(message));
    this.name = 'DomainError';
  }
}
