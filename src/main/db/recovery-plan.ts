import { basename, dirname } from 'node:path';
import type { DataFileError, GoodBackup } from './health';

// What to tell a person whose data file cannot be opened, and what they may
// do about it: plain Node, shared by browser mode (stderr + exit code) and
// the desktop recovery dialog (which stays a thin Electron wrapper).

/** Exit code of `npm run serve` when the data file needs attention (read-only, damaged, empty, newer). */
export const EXIT_DATA_PROBLEM = 3;

export type RecoveryAction = 'restore' | 'open-folder' | 'quit';

export interface RecoveryPlan {
  title: string;
  detail: string;
  /** The backup "Restore newest backup" puts back, if one passes its check and restoring can help. */
  newest: GoodBackup | null;
  buttons: { label: string; action: RecoveryAction }[];
}

const TITLES: Record<DataFileError['kind'], string> = {
  readonly: 'Common Ground cannot save to its data file',
  damaged: 'The data file is damaged',
  empty: 'The data file is empty',
  newer: 'This data is from a newer Common Ground',
};

const when = (b: GoodBackup) => new Date(b.mtimeMs).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function recoveryPlan(error: DataFileError): RecoveryPlan {
  // A newer file needs a newer app, not an older backup.
  const newest = error.kind === 'newer' ? null : (error.backups[0] ?? null);
  const backupLine = newest
    ? `The newest good backup is ${basename(newest.path)} (saved ${when(newest)}). Restoring it keeps the current file beside it, renamed.`
    : error.kind === 'newer'
      ? ''
      : 'No backup passes its check, so there is nothing to restore.';
  return {
    title: TITLES[error.kind],
    detail: [error.message, backupLine].filter(Boolean).join('\n\n'),
    newest,
    buttons: [
      ...(newest ? [{ label: 'Restore newest backup', action: 'restore' as const }] : []),
      { label: 'Open data folder', action: 'open-folder' },
      { label: 'Quit', action: 'quit' },
    ],
  };
}

/**
 * What `npm run serve` prints on stderr before exiting with EXIT_DATA_PROBLEM.
 * `command`: how this start was invoked, e.g. `npm run serve -- --data-dir "/x"`.
 */
export function browserModeMessage(error: DataFileError, command = 'npm run serve --'): string {
  const plan = recoveryPlan(error);
  const lines = [`Common Ground could not start: ${plan.title.toLowerCase()}.`, error.message];
  if (plan.newest) {
    lines.push(
      `Newest good backup: ${plan.newest.path} (saved ${when(plan.newest)}).`,
      'To restore it (the current file is kept beside it, renamed):',
      `  ${command} --restore-latest-backup`,
      `or pick another of the ${error.backups.length} good backups in ${dirname(plan.newest.path)}:`,
      `  ${command} --restore-backup "<file>"`,
    );
  } else if (error.kind !== 'newer') lines.push('No backup passes its check, so there is nothing to restore.');
  return lines.join('\n');
}
