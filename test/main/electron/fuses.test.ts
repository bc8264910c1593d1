// The afterPack hook that flips Electron's fuses (scripts/electron-fuses.mjs):
// its fuse map, the binary it picks, the placeholder skip, and a real flip
// on a synthetic fuse wire, read back with @electron/fuses.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

interface Context {
  appOutDir: string;
  electronPlatformName: string;
  arch?: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
interface FusesModule {
  FUSES: Record<number | string, unknown>;
  KEEP_INSPECT_ENV: string;
  fusesFor(env: Record<string, string | undefined>, platform: string, arch: string): Record<number | string, unknown>;
  electronBinaryPath(context: Context): string;
  classifyBinary(path: string): 'real' | 'placeholder';
  default(context: Context, options?: { log?: (line: string) => void }): Promise<void>;
}
// @ts-expect-error: a plain .mjs script without types
const hook = (await import('../../../scripts/electron-fuses.mjs')) as FusesModule;

const root = join(import.meta.dirname, '../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))).length;

/** A stand-in Electron binary: filler, the fuse sentinel, wire version 1, every fuse at `state`. */
function fakeElectron(path: string, state: FuseState): void {
  const wire = Buffer.alloc(FUSE_COUNT, state);
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), wire, Buffer.alloc(64)]));
}

function linuxContext(dir: string): Context {
  return {
    appOutDir: dir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: { executableName: 'common-ground', appInfo: { productFilename: 'Common Ground' } },
  };
}

describe('the fuse map', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and loose app folders; turns on cookie encryption and asar integrity', () => {
    expect(hook.FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(hook.FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(hook.FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(hook.FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(hook.FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse @electron/fuses knows, and requires that of the binary', () => {
    for (let i = 0; i < FUSE_COUNT; i++) expect(typeof hook.FUSES[i], `fuse ${FuseV1Options[i]}`).toBe('boolean');
    expect(hook.FUSES.strictlyRequireAllFuses).toBe(true);
  });

  it('keeps --inspect only for a test pack that asks for it, and resets the ad-hoc signature only on arm64 macOS', () => {
    expect(hook.fusesFor({}, 'linux', 'x64')[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(hook.fusesFor({ [hook.KEEP_INSPECT_ENV]: '1' }, 'linux', 'x64')[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect(hook.fusesFor({ [hook.KEEP_INSPECT_ENV]: 'yes' }, 'linux', 'x64')[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(hook.fusesFor({}, 'darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(hook.fusesFor({}, 'darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
  });

  it('is wired into electron-builder.yml as the afterPack hook', () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: \.\/scripts\/electron-fuses\.mjs$/m);
  });
});

describe('the afterPack hook', () => {
  it('finds the binary electron-builder names on each platform', () => {
    const packager = { executableName: 'common-ground', appInfo: { productFilename: 'Common Ground' } };
    expect(hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe('/o/common-ground');
    expect(hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe('/o/Common Ground.exe');
    expect(hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe('/o/Common Ground.app');
  });

  it('says plainly that it skipped a placeholder binary, does not fail, and leaves it alone', async () => {
    const dir = tempDir();
    const placeholder = '#!/bin/sh\necho "placeholder Electron: nothing to run" >&2\nexit 1\n';
    writeFileSync(join(dir, 'common-ground'), placeholder);
    const lines: string[] = [];
    await hook.default(linuxContext(dir), { log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/skipped flipping fuses: .*common-ground is not a real Electron binary/);
    expect(readFileSync(join(dir, 'common-ground'), 'utf8')).toBe(placeholder);
  });

  it('flips the fuses of a binary with a fuse wire and reads them back', async () => {
    const dir = tempDir();
    const binary = join(dir, 'common-ground');
    fakeElectron(binary, FuseState.INHERIT);
    const lines: string[] = [];
    await hook.default(linuxContext(dir), { log: (line) => lines.push(line) });
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    for (let i = 0; i < FUSE_COUNT; i++) {
      expect(wire[i], `fuse ${FuseV1Options[i]}`).toBe(hook.FUSES[i] ? FuseState.ENABLE : FuseState.DISABLE);
    }
    expect(lines.join('\n')).toMatch(new RegExp(`flipped and read back ${FUSE_COUNT} fuses`));
  });

  it('fails, rather than skips, for a missing binary or a large file without a fuse wire', async () => {
    const dir = tempDir();
    await expect(hook.default(linuxContext(dir), { log: () => {} })).rejects.toThrow(/there is no Electron binary at/);
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big', 'common-ground'), Buffer.alloc(2 * 1024 * 1024, 0x41));
    expect(hook.classifyBinary(join(dir, 'big', 'common-ground'))).toBe('real');
    await expect(hook.default(linuxContext(join(dir, 'big')), { log: () => {} })).rejects.toThrow(/sentinel/);
  });
});
