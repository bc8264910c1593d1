import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName } from '../../shared/api/names';
import { isExportOpName, isOpName, isRoomOpName, isShellOpName } from '../../shared/api/names';
import type { Result } from '../../shared/api/result';
import { fail, ok } from '../../shared/api/result';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { failure } from './failure';
import { i18nFor } from '../i18n';
import { withI18n } from '../../shared/api/say';
import { requestLocale, type Locale } from '../../shared/locale';
import { parseOpInput } from '../../shared/api/validate';
import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { writeBackup } from '../db/backup';
import { createBackupSchedule } from '../db/backup-schedule';
import { changeCounter, runningWorkshopProbe } from '../db/queries/watch';
import { asDataFileError, BACKUP_DIR, inspectDataDir, probeWrite } from '../db/health';
import type { HandlerContext, Handlers } from '../services/context';
import { workshopHandlers } from '../services/workshops';
import { participantHandlers } from '../services/participants';
import { activityHandlers } from '../services/activities';
import { actionItemHandlers } from '../services/action-items';
import { runHandlers } from '../services/run';
import { responseHandlers } from '../services/responses';
import { templateHandlers } from '../services/templates';
import { exportHandlers } from '../services/export';
import { anonymiseHandlers } from '../services/anonymise';
import { roomPinHandlers } from '../services/room-pins';
import { brandingHandlers } from '../services/branding';
import { seriesHandlers } from '../services/series';
import { reviewHandlers } from '../services/review';
import { trendsHandlers } from '../services/trends';
import { messagingSeedHandlers } from '../services/messaging-seeds';
import type { Core, CoreOptions } from './types';
import { createResultsCache } from './results-cache';

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
  ...anonymiseHandlers,
  ...roomPinHandlers,
  ...brandingHandlers,
  ...seriesHandlers,
  ...reviewHandlers,
  ...trendsHandlers,
  ...messagingSeedHandlers,
};

export { DB_FILE } from '../db/health';

const SHUTTING_DOWN = msg`Common Ground is shutting down. Try again in a moment.`;

/** Open the writing connection, prove it can write, back up and migrate. */
function openChecked(dataDir: string, dbPath: string, now?: () => Date): Db {
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath);
    probeWrite(db);
    migrate(db, { backupDir: join(dataDir, BACKUP_DIR), ...(now ? { now } : {}) });
    return db;
  } catch (error) {
    db?.close();
    throw asDataFileError(dataDir, dbPath, error);
  }
}

/**
 * Open the data folder: check the data file without changing it (refusing a
 * newer, read-only, damaged or unexpectedly empty one with the backups that
 * pass their check), open the one writing connection, back up and migrate,
 * and serve operations.
 */
export function openCore(options: CoreOptions): Core {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw asDataFileError(options.dataDir, options.dataDir, error);
  }
  const { dbPath } = inspectDataDir(options.dataDir);
  const db = openChecked(options.dataDir, dbPath, options.now);
  const totalChanges = changeCounter(db);
  const anyRunning = runningWorkshopProbe(db);
  const backup = (label: string) => writeBackup(db, join(options.dataDir, BACKUP_DIR), label, options.now?.() ?? new Date());
  const schedule = createBackupSchedule({
    backup,
    running: anyRunning,
    changes: totalChanges,
    ...(options.backupEveryMs ? { everyMs: options.backupEveryMs } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });

  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const info = { version: options.version, dataDir: options.dataDir, mode: options.mode };
  let closed = false;
  const resultsCache = createResultsCache(db);

  /** Run one operation in the caller's language: its validation, refusals and failures are said in it. */
  function dispatch(op: unknown, input: unknown, locale: Locale = 'en'): Result<unknown> {
    const i18n = i18nFor(requestLocale(locale));
    return withI18n(i18n, () => dispatchIn(op, input, i18n));
  }

  function dispatchIn(op: unknown, input: unknown, i18n: I18n): Result<unknown> {
    if (closed) return fail('UNAVAILABLE', i18n._(SHUTTING_DOWN));
    if (!isOpName(op)) {
      const name = String(op).slice(0, 60);
      return fail('NOT_FOUND', i18n._(msg`There is no operation called "${name}".`));
    }
    if (isRoomOpName(op) || isShellOpName(op) || isExportOpName(op)) return fail('UNAVAILABLE', i18n._(msg`That needs the Common Ground app around the core.`));
    const parsed = parseOpInput(op, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[op as keyof Handlers] as (input: unknown, ctx: HandlerContext) => unknown;
    const run = () => transactIn(op, (ctx) => handler(parsed.data, ctx), i18n);
    const result = op === 'activity:results' ? resultsCache.read((parsed.data as { activityId?: unknown }).activityId, run) : run();
    if (result.ok) {
      schedule.afterOp(op);
      afterCommit(op);
    }
    return result;
  }

  /** Work that must run outside any transaction once an operation has committed. */
  function afterCommit(op: string) {
    if (op !== 'workshop:anonymise') return;
    // Free pages can still hold names deleted or replaced before (a renamed person, a removed
    // one): rebuild the file so none survives in it. The names are already gone from every
    // table, so a failure here (e.g. a full disk) is logged, not reported as a failed anonymise.
    try {
      db.exec('VACUUM');
    } catch (error) {
      console.error('[core] VACUUM after anonymising failed:', error);
    }
  }

  function context(queued: [EventName, unknown][]): HandlerContext {
    return { db, now: (options.now?.() ?? new Date()).toISOString(), emit: (event, payload) => queued.push([event, payload]), info };
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

  function transact<T>(label: string, fn: (ctx: HandlerContext) => T, locale: Locale = 'en'): Result<T> {
    const i18n = i18nFor(locale);
    return withI18n(i18n, () => transactIn(label, fn, i18n));
  }

  function transactIn<T>(label: string, fn: (ctx: HandlerContext) => T, i18n: I18n): Result<T> {
    if (closed) return fail('UNAVAILABLE', i18n._(SHUTTING_DOWN));
    const queued: [EventName, unknown][] = [];
    let value: T;
    try {
      value = db.transaction(() => fn(context(queued)))();
    } catch (error) {
      return failure(label, error, i18n);
    }
    announce(queued);
    return ok(value);
  }

  function transactBatch<T>(label: string, fns: readonly ((ctx: HandlerContext) => T)[], locales: readonly (Locale | undefined)[] = []): Result<T>[] {
    // The phone server's writes: each said in its phone's language (else English).
    const i18ns = fns.map((_, i) => i18nFor(locales[i] ?? 'en'));
    if (closed) return i18ns.map((i18n) => fail('UNAVAILABLE', i18n._(SHUTTING_DOWN)));
    const queued: [EventName, unknown][] = [];
    let results: Result<T>[];
    try {
      results = db.transaction(() =>
        fns.map((fn, i) => {
          const mine: [EventName, unknown][] = [];
          const i18n = i18ns[i]!;
          try {
            // A nested transaction is a savepoint: a refusal rolls back only this write.
            const value = withI18n(i18n, () => db.transaction(() => fn(context(mine)))());
            queued.push(...mine);
            return ok(value);
          } catch (error) {
            // SQLITE_FULL, IOERR and the like roll back the whole transaction, not just the
            // savepoint: nothing of the batch is stored, so every write gets this error.
            if (!db.inTransaction) throw error;
            return failure(label, error, i18n);
          }
        }),
      )();
    } catch (error) {
      // Said once per language (each logs the error).
      const said = new Map<I18n, Result<T>>();
      return i18ns.map((i18n) => said.get(i18n) ?? said.set(i18n, failure(label, error, i18n)).get(i18n)!);
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
    backup(label) {
      return backup(label);
    },
    close() {
      if (closed) return;
      closed = true;
      schedule.stop();
      listeners.clear();
      db.close();
    },
  };
}
