import type { EventName } from '../../shared/api/names';
import type { Result } from '../../shared/api/result';
import type { HandlerContext } from '../services/context';
import type { Locale } from '../../shared/locale';
import type { Timers } from '../db/backup-schedule';

/** The whole backend, as the transports see it. Knows nothing of Electron or HTTP. */
export interface Core {
  /**
   * Validate and run one operation. Never throws: bad input is a VALIDATION result. Its messages
   * (validation, refusals, failures) are in `locale`, the caller's interface language (default English).
   */
  dispatch(op: unknown, input: unknown, locale?: Locale): Result<unknown>;
  /**
   * Run trusted core code (already validated by its caller, e.g. the phone
   * server) in one transaction, with the same error handling and events.
   */
  transact<T>(label: string, fn: (ctx: HandlerContext) => T, locale?: Locale): Result<T>;
  /**
   * Group commit: run many independent writes in one transaction (one disk
   * sync), each in its own savepoint so one refusal does not undo the others.
   * Write i's messages are in `locales[i]` (its phone's language; default English).
   */
  transactBatch<T>(label: string, fns: readonly ((ctx: HandlerContext) => T)[], locales?: readonly (Locale | undefined)[]): Result<T>[];
  /** Change events, emitted after the transaction that caused them commits. */
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  readonly dataDir: string;
  readonly dbPath: string;
  /** Take a checked backup now (label: a-z, 0-9, -); returns its path. Automatic ones run by themselves. */
  backup(label: string): string;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  /** The clock; tests replace it to check timers and actual times. */
  now?: () => Date;
  /** How often a running workshop is backed up (default 15 minutes); tests shorten it or drive the timer. */
  backupEveryMs?: number;
  timers?: Timers;
}
