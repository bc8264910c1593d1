// Automatic backups: every 15 minutes while a workshop runs (only when
// something changed since the last one), and once at "End workshop".
// Plain Node with injectable timers so tests can drive the clock.

export const AUTO_BACKUP_EVERY_MS = 15 * 60 * 1000;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface BackupScheduleOptions {
  /** Take one backup now (VACUUM INTO, checked, renamed, pruned). */
  backup(label: 'auto' | 'workshop-end'): string;
  /** Is any workshop running right now? */
  running(): boolean;
  /** A number that grows with every write (SQLite's total_changes()). */
  changes(): number;
  everyMs?: number;
  timers?: Timers;
  log?: (message: string, error?: unknown) => void;
}

export interface BackupSchedule {
  /** After an operation committed: "End workshop" takes a backup. */
  afterOp(op: string): void;
  /** One tick of the schedule (the timer calls this). Returns the path written, if any. */
  tick(): string | null;
  stop(): void;
}

const NODE_TIMERS: Timers = {
  setInterval(fn, ms) {
    const handle = setInterval(fn, ms);
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function createBackupSchedule(opts: BackupScheduleOptions): BackupSchedule {
  const timers = opts.timers ?? NODE_TIMERS;
  const log = opts.log ?? ((message, error) => console.error(`[backup] ${message}`, error ?? ''));
  /** total_changes() when the last backup was taken: no new backup of unchanged data. */
  let backedUpAt: number | null = null;

  function take(label: 'auto' | 'workshop-end'): string | null {
    try {
      const seen = opts.changes();
      const path = opts.backup(label);
      backedUpAt = seen;
      return path;
    } catch (error) {
      // A failed backup must never stop the workshop; the next tick tries again.
      log(`The ${label} backup failed; the workshop carries on.`, error);
      return null;
    }
  }

  const tick = () => (opts.running() && opts.changes() !== backedUpAt ? take('auto') : null);
  const handle = timers.setInterval(tick, opts.everyMs ?? AUTO_BACKUP_EVERY_MS);

  return {
    afterOp(op) {
      if (op === 'run:end') take('workshop-end');
    },
    tick,
    stop: () => timers.clearInterval(handle),
  };
}
