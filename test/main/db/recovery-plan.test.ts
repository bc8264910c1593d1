import { describe, expect, it } from 'vitest';
import { DataFileError, type GoodBackup } from '../../../src/main/db/health';
import { browserModeMessage, recoveryPlan } from '../../../src/main/db/recovery-plan';

const backup = (name: string, version = 3): GoodBackup => ({ path: `/data/backups/${name}`, name, mtimeMs: Date.parse('2026-11-27T09:15:00Z'), version });
const NEWEST = backup('common-ground-2026-11-27T09-15-00-000Z-auto.db');
const OLDER = backup('common-ground-2026-11-27T09-00-00-000Z-auto.db');

describe('recovery plan (what the desktop dialog and browser mode offer)', () => {
  it('offers the newest good backup first, then the data folder, then Quit', () => {
    const plan = recoveryPlan(new DataFileError('damaged', 'The data file /data/common-ground.db is damaged (…).', '/data/common-ground.db', [NEWEST, OLDER]));
    expect(plan.title).toBe('The data file is damaged');
    expect(plan.newest).toBe(NEWEST);
    expect(plan.buttons).toEqual([
      { label: 'Restore newest backup', action: 'restore' },
      { label: 'Open data folder', action: 'open-folder' },
      { label: 'Quit', action: 'quit' },
    ]);
    expect(plan.detail).toContain(NEWEST.name);
  });

  it('offers no restore when no backup passes its check, or when the data is from a newer version', () => {
    for (const error of [
      new DataFileError('readonly', 'read-only', '/data/common-ground.db', []),
      new DataFileError('newer', 'This data was saved by a newer version of Common Ground', '/data/common-ground.db', [NEWEST]),
    ]) {
      const plan = recoveryPlan(error);
      expect(plan.newest).toBeNull();
      expect(plan.buttons.map((b) => b.action)).toEqual(['open-folder', 'quit']);
    }
  });

  it('browser mode names the problem, the newest backup and the command that restores it', () => {
    const text = browserModeMessage(
      new DataFileError('empty', 'The data file is empty (0 bytes).', '/data/common-ground.db', [NEWEST, OLDER]),
      'npm run serve -- --data-dir "/data"',
    );
    expect(text).toContain('Common Ground could not start: the data file is empty.');
    expect(text).toContain(`Newest good backup: ${NEWEST.path}`);
    expect(text).toContain('npm run serve -- --data-dir "/data" --restore-latest-backup');
    expect(text).toContain('2 good backups in /data/backups');
  });
});
