import type { Migration } from './types';
import { migration0001 } from './0001-initial';

/** Every migration, in order. Append; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_VERSION = MIGRATIONS.length;
