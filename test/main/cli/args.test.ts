import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/data-dir';
import { parseServeArgs } from '../../../src/main/serve-args';

describe('resolveDataDir', () => {
  const base = { env: {}, platform: 'linux' as const, home: '/home/dana' };
  it('defaults to the per-user app-data folder of each OS', () => {
    expect(resolveDataDir({ ...base, argv: [] })).toBe('/home/dana/.local/share/common-ground');
    expect(resolveDataDir({ ...base, argv: [], env: { XDG_DATA_HOME: '/xdg' } })).toBe('/xdg/common-ground');
    expect(resolveDataDir({ ...base, argv: [], platform: 'darwin' })).toBe('/home/dana/Library/Application Support/Common Ground');
    expect(resolveDataDir({ ...base, argv: [], platform: 'win32', env: { APPDATA: 'C:/Users/d/AppData/Roaming' } })).toMatch(/Roaming.Common Ground$/);
  });
  it('prefers --data-dir, then COMMON_GROUND_DATA_DIR', () => {
    const env = { COMMON_GROUND_DATA_DIR: '/env' };
    expect(resolveDataDir({ ...base, env, argv: [] })).toBe('/env');
    expect(resolveDataDir({ ...base, env, argv: ['--data-dir', '/flag'] })).toBe('/flag');
    expect(resolveDataDir({ ...base, env, argv: ['--data-dir=/eq'] })).toBe('/eq');
  });
});

describe('parseServeArgs', () => {
  it('reads the documented flags', () => {
    expect(parseServeArgs([])).toEqual({ port: 4310, open: true, lan: false, lanPort: 0 });
    expect(parseServeArgs(['--port', '0', '--no-open', '--data-dir', '/tmp/x'])).toEqual({ port: 0, open: false, dataDir: '/tmp/x', lan: false, lanPort: 0 });
    expect(parseServeArgs(['--port=5000'])).toMatchObject({ port: 5000, open: true });
    expect(parseServeArgs(['--lan'])).toMatchObject({ lan: true });
    expect(parseServeArgs(['--lan-host', '127.0.0.1', '--lan-port', '4411'])).toMatchObject({ lan: true, lanHost: '127.0.0.1', lanPort: 4411 });
  });
  it('explains bad flags instead of guessing', () => {
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow(/--port needs a number/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port needs a number/);
    expect(() => parseServeArgs(['--prot', '1'])).toThrow(/Unknown option --prot/);
    expect(() => parseServeArgs(['--data-dir'])).toThrow(/--data-dir needs a value/);
    expect(() => parseServeArgs(['--port', '--no-open'])).toThrow(/--port needs a value/);
  });
});

describe('parseServeArgs: restoring a backup', () => {
  it('reads --restore-backup FILE and --restore-latest-backup, and refuses both at once', () => {
    expect(parseServeArgs(['--restore-backup', '/b/x.db'])).toMatchObject({ restoreBackup: '/b/x.db' });
    expect(parseServeArgs(['--restore-latest-backup'])).toMatchObject({ restoreLatestBackup: true });
    expect(() => parseServeArgs(['--restore-backup'])).toThrow(/--restore-backup needs a value/);
    expect(() => parseServeArgs(['--restore-backup', 'x.db', '--restore-latest-backup'])).toThrow(/either --restore-backup FILE or --restore-latest-backup/);
  });
});
