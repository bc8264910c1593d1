// A newcomer on an older Node must get a clear message, not a segfault:
// scripts/check-node.cjs runs first in `npm start` and `npm run serve`, and
// .npmrc makes `npm install` refuse an unsupported Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

const root = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const require = createRequire(import.meta.url);
const { satisfies, checkNode } = require(join(root, 'scripts/check-node.cjs')) as {
  satisfies(version: string, range: string): boolean;
  checkNode(options?: { version?: string; execPath?: string }): { ok: boolean; message: string };
};

/** A Node binary on this machine that is too old (Debian ships Node 20), if there is one. */
function findOldNode(): { path: string; version: string } | undefined {
  const candidates = new Set(['/usr/bin/node', '/usr/local/bin/node', '/bin/node']);
  const which = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' });
  for (const line of (which.stdout ?? '').split('\n')) if (line.trim()) candidates.add(line.trim());
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (!semver.satisfies(version, pkg.engines.node)) return { path, version };
  }
  return undefined;
}
const oldNode = findOldNode();
if (!oldNode) console.warn('node-version.test: skipped the old-Node runs: no Node older than package.json "engines" on this machine.');

function expectClearRefusal(stderr: string, node: { path: string; version: string }) {
  expect(stderr).toContain(`this is Node ${node.version} (${node.path})`);
  expect(stderr).toContain(`needs Node.js ${pkg.engines.node}`);
  expect(stderr).toContain('Install Node 24 LTS from https://nodejs.org or with nvm:  nvm install 24');
}

describe('the Node version check', () => {
  it.skipIf(!oldNode)('refuses an old Node with the version found, the one needed and how to get it', () => {
    const run = spawnSync(oldNode!.path, [join(root, 'scripts/check-node.cjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expectClearRefusal(run.stderr, oldNode!);
  });

  it.skipIf(!oldNode)('stops `npm run serve` on an old Node before it builds, opens a database or loads native code', () => {
    const dataDir = tempDir();
    const run = spawnSync(oldNode!.path, [join(root, 'scripts/serve.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBeNull(); // not "Segmentation fault"
    expect(run.status).toBe(1);
    expectClearRefusal(run.stderr, oldNode!);
    expect(run.stderr).not.toContain('Building');
    expect(run.stdout).toBe('');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('passes on this Node (the one the tests run on)', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/check-node.cjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('reads the range from package.json and names it', () => {
    expect(checkNode({ version: '24.15.0' }).ok).toBe(true);
    const old = checkNode({ version: '18.19.1', execPath: '/opt/node18/bin/node' });
    expect(old.ok).toBe(false);
    expect(old.message).toContain(`needs Node.js ${pkg.engines.node}`);
    expect(old.message).toContain('Node 18.19.1 (/opt/node18/bin/node)');
  });

  it('agrees with npm (semver) on every version for the engines range', () => {
    const version = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(version, ([a, b, c]) => {
        const v = `${a}.${b}.${c}`;
        expect(satisfies(v, pkg.engines.node)).toBe(semver.satisfies(v, pkg.engines.node));
        expect(satisfies(v, '^20.19.0 || >=22.12')).toBe(semver.satisfies(v, '^20.19.0 || >=22.12'));
      }),
      { numRuns: 2000 },
    );
    expect(() => satisfies('24.0.0', '~24')).toThrow(/cannot read the comparator "~24"/);
  });
});

describe('installs and scripts refuse an unsupported Node', () => {
  it('has engine-strict on, so `npm install` fails instead of warning EBADENGINE', () => {
    const npmrc = readFileSync(join(root, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^engine-strict\s*=\s*true$/m);
  });

  it('checks the Node version before `npm start` builds or launches anything', () => {
    expect(pkg.scripts.start).toMatch(/^node scripts\/check-node\.cjs && /);
  });

  it('asks for a Node that every locked dependency supports (else engine-strict fails on a dependency instead)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    };
    const narrower = Object.entries(lock.packages)
      .filter(([name, info]) => name !== '' && !info.optional && !Array.isArray(info.engines) && typeof info.engines?.node === 'string')
      .filter(([, info]) => !semver.subset(pkg.engines.node, (info.engines as { node: string }).node))
      .map(([name, info]) => `${name.replace(/^.*node_modules\//, '')} (${(info.engines as { node: string }).node})`);
    expect(narrower).toEqual([]);
  });
});
