import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName } from '../../shared/api/names';
import { isExportOpName, isOpName, isRoomOpName, isShellOpName } from '../../shared/api/names';
import type { Result } from '../../shared/api/result';
import { DomainError, fail, ok } from '../../shared/api/result';
import { parseOpInput } from '../../shared/api/validate';
import { openDatabase } from '../db/connection';
import { checkVersionReadOnly, migrate } from '../db/migrate';
import type { HandlerContext, Handlers } from '../services/context';
import { workshopHandlers } from '../services/workshops';
import { participantHandlers } from '../services/participants';
import { activityHandlers } from '../services/activities';
import { actionItemHandlers } from '../services/action-items';
import { runHandlers } from '../services/run';
import { responseHandlers } from '../services/responses';
import { templateHandlers } from '../services/templates';
import { exportHandlers } from '../services/export';
import type { Core, CoreOptions } from './types';

export type { Core, CoreOptions } from './types';

/** Every operation's handler. Leaving one out fails to compile. */
export const handlers: Handlers = {
  ...workshopHandlers,
  ...participantHandlers,
  ...activityHandlers,
  ...actionItemHandlers,
  ...runHandlers,
  ...responseHandlers,
  ...templateHandlers,
  ...exportHandlers,
};

export const DB_FILE = 'common-ground.db';

/**
 * Open the data folder: refuse a newer database before touching it, open the
 * one writing connection, back up and migrate, and serve operations.
 */
export function openCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const dbPath = join(options.dataDir, DB_FILE);
  checkVersionReadOnly(dbPath);
  const db = openDatabase(dbPath);
  try {
    migrate(db, { backupDir: join(options.dataDir, 'backups') });
  } catch (error) {
    db.close();
    throw error;
  }

  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const info = { version: options.version, dataDir: options.dataDir, mode: options.mode };
  let closed = false;

  function dispatch(op: unknown, input: unknown): Result<unknown> {
    if (closed) return fail('UNAVAILABLE', 'Common Ground is shutting down. Try again in a moment.');
    if (!isOpName(op)) {
      return fail('NOT_FOUND', `There is no operation called "${String(op).slice(0, 60)}".`);
    }
    if (isRoomOpName(op) || isShellOpName(op) || isExportOpName(op)) return fail('UNAVAILABLE', 'That needs the Common Ground app around the core.');
    const parsed = parseOpInput(op, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[op as keyof Handlers] as (input: unknown, ctx: HandlerContext) => unknown;
    return transact(op, (ctx) => handler(parsed.data, ctx));
  }

  function context(queued: [EventName, unknown][]): HandlerContext {
    return { db, now: (options.now?.() ?? new Date()).toISOString(), emit: (event, payload) => queued.push([event, payload]), info };
  }

  function failure(label: string, error: unknown): Result<never> {
    if (error instanceof DomainError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    console.error(`[core] ${label} failed:`, error);
    return fail('INTERNAL', 'Something went wrong while saving. Nothing was changed; try again.');
  }

  /** After commit: tell every window, once per distinct event. */
  function announce(queued: [EventName, unknown][]) {
    const seen = new Set<string>();
    for (const [event, payload] of queued) {
      const key = `${event}:${JSON.stringify(payload)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const l of listeners) l(event, payload);
    }
  }

  function transact<T>(label: string, fn: (ctx: HandlerContext) => T): Result<T> {
    if (closed) return fail('UNAVAILABLE', 'Common Ground is shutting down. Try again in a moment.');
    const queued: [EventName, unknown][] = [];
    let value: T;
    try {
      value = db.transaction(() => fn(context(queued)))();
    } catch (error) {
      return failure(label, error);
    }
    announce(queued);
    return ok(value);
  }

  function transactBatch<T>(label: string, fns: readonly ((ctx: HandlerContext) => T)[]): Result<T>[] {
    if (closed) return fns.map(() => fail('UNAVAILABLE', 'Common Ground is shutting down. Try again in a moment.'));
    const queued: [EventName, unknown][] = [];
    let results: Result<T>[];
    try {
      results = db.transaction(() =>
        fns.map((fn) => {
          const mine: [EventName, unknown][] = [];
          try {
            // A nested transaction is a savepoint: a refusal rolls back only this write.
            const value = db.transaction(() => fn(context(mine)))();
            queued.push(...mine);
            return ok(value);
          } catch (error) {
            return failure(label, error);
          }
        }),
      )();
    } catch (error) {
      const f = failure(label, error);
      return fns.map(() => f);
    }
    announce(queued);
    return results;
  }

  return {
    dispatch,
    transact,
    transactBatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataDir: options.dataDir,
    dbPath,
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      db.close();
    },
  };
}
