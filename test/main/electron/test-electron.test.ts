// `npm run test:electron` runs wherever an Electron binary is installed and,
// where none is, says plainly that it skipped and how to get one.
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

interface RunnerModule {
  findElectron(env: Record<string, string | undefined>): { dist?: string; binary?: string; reason?: string };
}
// @ts-expect-error: a plain .mjs script without types
const runner = (await import('../../../scripts/test-electron.mjs')) as RunnerModule;
const root = join(import.meta.dirname, '../../..');

describe('npm run test:electron', () => {
  it('skips with a plain message and exit code 0 when there is no Electron binary', () => {
    const empty = tempDir();
    const run = spawnSync(process.execPath, [join(root, 'scripts/test-electron.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Skipped: no Electron binary installed \(ELECTRON_OVERRIDE_DIST_PATH is set, but .* does not exist\)\./);
    expect(run.stdout).toContain('node node_modules/electron/install.js');
    expect(run.stdout).toContain('apt-get install -y xvfb');
  });

  it('finds a binary where ELECTRON_OVERRIDE_DIST_PATH points at one, and names what is missing otherwise', () => {
    const dist = tempDir();
    expect(runner.findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist }).reason).toMatch(/does not exist/);
    const binary = join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
    expect(runner.findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ dist, binary });
  });
});
