import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../src/main/core';
import { EXIT_DATA_PROBLEM } from '../../../src/main/db/recovery-plan';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { TSX_CHILD } from '../../helpers/tsx-child';

const SERVE = join(import.meta.dirname, '../../../src/main/serve.ts');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Browser mode straight from the sources (no build), until it prints its URL or exits. */
function serve(dataDir: string, extra: string[] = []) {
  const child = spawn(process.execPath, [...TSX_CHILD, SERVE, '--port', '0', '--no-open', '--data-dir', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; url: string | null; stderr: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, url: null, stderr }));
    createInterface({ input: child.stdout }).once('line', (line) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve({ code: null, url: line, stderr }));
      child.kill('SIGTERM');
    });
  });
}

function damagedWithBackup() {
  const dir = tempDir();
  const core = testCore(dir, manualClock().now);
  call(core, 'workshop:create', { title: 'Kept in the backup' });
  const backup = core.backup('auto');
  core.close();
  writeFileSync(join(dir, DB_FILE), 'not a database any more\n'.repeat(100));
  return { dir, backup };
}

describe('browser mode on a data file that needs attention', () => {
  it('exits with its own code and says what is wrong, which backup is newest and how to restore it', async () => {
    const { dir, backup } = damagedWithBackup();
    const before = sha(join(dir, DB_FILE));
    const run = await serve(dir);
    expect(run.code).toBe(EXIT_DATA_PROBLEM);
    expect(run.url).toBeNull();
    expect(run.stderr).toContain('The data file is damaged'.toLowerCase());
    expect(run.stderr).toContain(`Newest good backup: ${backup}`);
    expect(run.stderr).toContain(`npm run serve -- --data-dir "${dir}" --restore-latest-backup`);
    expect(sha(join(dir, DB_FILE))).toBe(before);
  }, 60_000);

  it('--restore-latest-backup puts the newest good backup back, keeps the damaged file, and starts', async () => {
    const { dir } = damagedWithBackup();
    const damaged = sha(join(dir, DB_FILE));
    const run = await serve(dir, ['--restore-latest-backup']);
    expect(run.url).toMatch(/^Common Ground is running at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(run.stderr).toMatch(/Restored .*-auto\.db\. The file that was there is kept as .*common-ground\.damaged-.*\.db\./);
    const aside = readdirSync(dir).find((n) => n.startsWith('common-ground.damaged-'))!;
    expect(sha(join(dir, aside))).toBe(damaged);
    const core = testCore(dir);
    expect(call(core, 'workshop:list', {}).map((w) => w.title)).toEqual(['Kept in the backup']);
    core.close();
  }, 60_000);

  it('--restore-backup refuses a file that is not a whole backup and changes nothing', async () => {
    const { dir } = damagedWithBackup();
    const before = sha(join(dir, DB_FILE));
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'nope');
    const run = await serve(dir, ['--restore-backup', bogus]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bogus.db cannot be restored');
    expect(sha(join(dir, DB_FILE))).toBe(before);
    expect(existsSync(join(dir, `${DB_FILE}.restoring`))).toBe(false);
  }, 60_000);
});
