import type { Migration } from './types';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-run-state';
import { migration0003 } from './0003-devices';
import { migration0004 } from './0004-templates';
import { migration0005 } from './0005-privacy';
import { migration0006 } from './0006-currency';
import { migration0007 } from './0007-branding';
import { migration0008 } from './0008-board-version';
import { migration0009 } from './0009-series';
import { migration0010 } from './0010-value-version';
import { migration0011 } from './0011-language';

/** Every migration, in order. Append; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
];

export const LATEST_VERSION = MIGRATIONS.length;
