// `npm run check:electron-security` (scripts/electronegativity.mjs) must fail
// on HIGH findings although Electronegativity itself exits 0, and pass on
// the app's own Electron code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

interface GateModule {
  parseCsv(text: string): string[][];
  findingsFromCsv(text: string): Record<string, string>[];
  isHigh(finding: Record<string, string>): boolean;
}
// @ts-expect-error: a plain .mjs script without types
const gate = (await import('../../../scripts/electronegativity.mjs')) as GateModule;
const root = join(import.meta.dirname, '../../..');

function runGate(...folders: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/electronegativity.mjs'), ...folders], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

describe('reading Electronegativity CSV', () => {
  it('keeps quoted commas, doubled quotes and line breaks inside a field', () => {
    const text = 'issue, severity, sample\nA,"HIGH","x, ""y""\nz"\r\nB,"LOW",plain\n';
    expect(gate.parseCsv(text)).toEqual([
      ['issue', ' severity', ' sample'],
      ['A', 'HIGH', 'x, "y"\nz'],
      ['B', 'LOW', 'plain'],
    ]);
    const findings = gate.findingsFromCsv(text);
    expect(findings.map((f) => [f.issue, f.severity])).toEqual([
      ['A', 'HIGH'],
      ['B', 'LOW'],
    ]);
    expect(findings.filter(gate.isHigh).map((f) => f.issue)).toEqual(['A']);
  });

  it('refuses a CSV without a severity column instead of reading it as "no findings"', () => {
    expect(() => gate.findingsFromCsv('nothing,here\n1,2\n')).toThrow(/no header with a "severity" column/);
  });
});

describe('npm run check:electron-security', () => {
  it('fails on HIGH findings and names them', { timeout: 120_000 }, () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'main'));
    writeFileSync(
      join(dir, 'main', 'index.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });\n',
    );
    const run = runGate(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/electronegativity: FAIL/);
    expect(run.stderr).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK at .*main\/index\.js:2:/);
    expect(run.stderr).toMatch(/HIGH LIMIT_NAVIGATION_GLOBAL_CHECK/);
  });

  it('passes on the app: no HIGH finding in src/main and src/preload', { timeout: 120_000 }, () => {
    const run = runGate();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/electronegativity: scanned src\/main \+ src\/preload as Electron \d+/);
    expect(run.stdout).toMatch(/electronegativity: OK/);
    expect(run.status).toBe(0);
  });
});
