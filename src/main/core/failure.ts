import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { CoreOpName } from '../../shared/api/names';
import type { Result } from '../../shared/api/result';
import { DomainError, fail } from '../../shared/api/result';

// Turn an error thrown inside a transaction into a result a person can read:
// the disk is full, the data is read-only or damaged, or something else went
// wrong while reading or while saving.

/** Operations that only read: a failure there is "while reading", not "while saving". */
export const READ_OPS: readonly CoreOpName[] = [
  'app:info',
  'workshop:list',
  'workshop:listTrash',
  'workshop:get',
  'workshop:brand',
  'settings:getBrandDefault',
  'run:get',
  'activity:results',
  'response:mine',
  'template:list',
  'template:export',
  'series:list',
  'series:get',
  'series:trends',
  'series:export',
  'review:status',
  'messaging:seeds',
];
/** Labels of trusted core reads (the phone server, the report and exports). */
const READ_LABELS = new Set<string>([...READ_OPS, 'phone:welcome', 'phone:state', 'report']);
const isRead = (label: string) => READ_LABELS.has(label) || label.startsWith('export ');

const WORDS = {
  FULL: msg`The disk is full, so this was not saved. Free some space on this computer, then try again.`,
  FULL_READING: msg`The disk is full, so this could not be read. Free some space on this computer, then try again.`,
  READONLY: msg`Common Ground cannot write to its data file: it has become read-only, so this was not saved. Check the disk (or the folder’s permissions), then restart Common Ground.`,
  DAMAGED: msg`The data file is damaged, so this could not be saved or read. Restart Common Ground: it checks the file and offers the newest good backup.`,
  INTERNAL_READING: msg`Something went wrong while reading. Nothing was changed; try again.`,
  INTERNAL_SAVING: msg`Something went wrong while saving. Nothing was changed; try again.`,
};

export function storageCode(error: unknown): 'STORAGE_FULL' | 'STORAGE_READONLY' | 'STORAGE_DAMAGED' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'STORAGE_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'STORAGE_READONLY';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'STORAGE_DAMAGED';
  return null;
}

/** An error thrown inside a transaction as a result, its words in `i18n`'s language (a DomainError is already in it). */
export function failure(label: string, error: unknown, i18n: I18n): Result<never> {
  if (error instanceof DomainError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
  }
  console.error(`[core] ${label} failed:`, error);
  const storage = storageCode(error);
  if (storage === 'STORAGE_FULL') return fail(storage, i18n._(isRead(label) ? WORDS.FULL_READING : WORDS.FULL));
  if (storage === 'STORAGE_READONLY') return fail(storage, i18n._(WORDS.READONLY));
  if (storage === 'STORAGE_DAMAGED') return fail(storage, i18n._(WORDS.DAMAGED));
  return fail('INTERNAL', i18n._(isRead(label) ? WORDS.INTERNAL_READING : WORDS.INTERNAL_SAVING));
}
