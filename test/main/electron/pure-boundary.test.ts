import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// These modules hold the shell's decisions and are tested without Electron:
// they may import Electron's types, never Electron itself.
const PURE = [
  'src/main/electron/constants.ts',
  'src/main/electron/policy.ts',
  'src/main/electron/static-files.ts',
  'src/main/electron/displays.ts',
  'src/main/electron/presenter-url.ts',
  'src/main/electron/ipc-guard.ts',
  'src/main/electron/menu-template.ts',
  'src/main/electron/web-preferences.ts',
  'src/preload/bridge.ts',
];

const runtimeElectronImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron(\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)/m;

describe('pure shell modules', () => {
  it.each(PURE)('%s does not import electron at runtime', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(runtimeElectronImport);
  });
  it('the detector itself catches a runtime import and allows a type import', () => {
    expect("import { app } from 'electron';").toMatch(runtimeElectronImport);
    expect("import type { WebPreferences } from 'electron';").not.toMatch(runtimeElectronImport);
  });
  it('the preload bridge imports no zod contract', () => {
    const source = readFileSync('src/preload/bridge.ts', 'utf8');
    expect(source).not.toMatch(/contract|['"]zod['"]/);
  });
});
