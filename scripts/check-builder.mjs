#!/usr/bin/env node
// Smoke test of electron-builder.yml that needs no Electron download: pack the
// built app (out/) for Linux as a directory against a placeholder Electron,
// then check what went into app.asar and app.asar.unpacked.
//
//   npm run build && node scripts/check-builder.mjs [--keep]
//
// Exits non-zero with a message on the first problem. --keep leaves the
// temporary folder for inspection.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const require = createRequire(join(root, 'package.json'));

class CheckFailed extends Error {}

function fail(message) {
  throw new CheckFailed(message);
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function dirSize(path) {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

function loadAsar() {
  for (const from of [root, join(root, 'node_modules', 'app-builder-lib')]) {
    try {
      return createRequire(join(from, 'package.json'))('@electron/asar');
    } catch {
      // try the next place
    }
  }
  return fail('@electron/asar is not installed (it comes with electron-builder): run npm ci.');
}

// 1. The bundles must exist: this checks packaging, not the build.
function preflight() {
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/participant/participant.html'];
  const missing = built.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    fail(`missing ${missing.join(', ')}. Run \`npm run build\` (electron-vite build) first.`);
  }
  try {
    return join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  } catch {
    return fail('electron-builder is not installed: run npm ci.');
  }
}

let work = null;

function cleanup() {
  if (!work) return;
  if (keep) console.log(`check-builder: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function main() {
  const builderCli = preflight();

  // 2. A placeholder Electron: electron-builder copies this folder instead of
  //    downloading the Electron zip, and renames `electron` to the app's name.
  work = mkdtempSync(join(tmpdir(), 'cg-builder-'));
  const electronDist = join(work, 'electron-dist');
  const output = join(work, 'dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "placeholder Electron: nothing to run" >&2\nexit 1\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), require('electron/package.json').version);

  // 3. Pack.
  const args = [
    builderCli,
    '--linux',
    'dir',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    '-c.npmRebuild=false',
    `-c.directories.output=${output}`,
  ];
  console.log(`check-builder: electron-builder ${args.slice(1).join(' ')}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    fail(`electron-builder exited with ${run.status ?? run.signal}.`);
  }
  console.log(`check-builder: packed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The afterPack hook (scripts/electron-fuses.mjs) must have run: with this
  // placeholder it says it skipped; with a real Electron it flips the fuses.
  const fuseLines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes('electron-fuses:'));
  if (fuseLines.length === 0) fail('the afterPack hook scripts/electron-fuses.mjs did not run (see afterPack in electron-builder.yml).');
  for (const line of fuseLines) console.log(`check-builder: ${line.trim()}`);

  // 4. What went in.
  const resources = join(output, 'linux-unpacked', 'resources');
  const asarPath = join(resources, 'app.asar');
  const unpackedPath = join(resources, 'app.asar.unpacked');
  if (!existsSync(asarPath)) fail(`${relative(work, asarPath)} was not created.`);

  const asar = loadAsar();
  const entries = new Set(asar.listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/')));
  const problems = [];

  for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/participant/participant.html']) {
    if (!entries.has(file)) problems.push(`app.asar lacks ${file}`);
  }
  try {
    const main = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')).main;
    if (!entries.has(`/${String(main).replace(/^\.\//, '')}`)) problems.push(`package.json's main (${main}) is not in app.asar`);
  } catch (error) {
    problems.push(`app.asar's package.json cannot be read: ${error.message}`);
  }
  for (const dep of ['better-sqlite3', 'ws', 'zod']) {
    if (!entries.has(`/node_modules/${dep}/package.json`)) problems.push(`app.asar lacks the runtime dependency ${dep}`);
  }
  const forbidden = [
    [/\.map$/, 'source maps'],
    [/^\/(src|test|scripts|resources|\.ci)(\/|$)/, 'sources, tests or build scripts'],
    [/^\/node_modules\/better-sqlite3\/(deps|src)\//, "better-sqlite3's C sources"],
    [/^\/node_modules\/better-sqlite3\/prebuilds\/(darwin|win32|linuxmusl)-/, 'prebuilds for other platforms'],
    [/^\/node_modules\/electron(-builder|-vite)?\//, 'Electron or build tools'],
  ];
  for (const [pattern, what] of forbidden) {
    const hits = [...entries].filter((entry) => pattern.test(entry));
    if (hits.length > 0) problems.push(`app.asar contains ${what}: ${hits.slice(0, 3).join(', ')}${hits.length > 3 ? ', …' : ''}`);
  }

  const nativeBinary = join(unpackedPath, 'node_modules', 'better-sqlite3', 'prebuilds', `linux-${process.arch}.node`);
  if (!existsSync(nativeBinary)) {
    problems.push(`better-sqlite3's native binary is not unpacked (${relative(resources, nativeBinary)})`);
  } else {
    const header = asar.statFile(asarPath, `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`);
    if (!header || !header.unpacked) problems.push('app.asar does not mark the better-sqlite3 binary as unpacked');
  }
  if (!existsSync(join(unpackedPath, 'node_modules', 'better-sqlite3', 'lib', 'index.js'))) {
    problems.push("better-sqlite3's JavaScript is not unpacked next to its binary");
  }

  if (problems.length > 0) fail(`\n  - ${problems.join('\n  - ')}`);

  // 5. Report.
  const isFile = (entry) => !('files' in asar.statFile(asarPath, entry.slice(1)));
  const listing = [...entries].filter((e) => (e.startsWith('/out/') || e === '/package.json') && isFile(e)).sort();
  const deps = new Set([...entries].map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(e)?.[1]).filter(Boolean));
  console.log(`check-builder: app.asar ${kib(statSync(asarPath).size)}, ${entries.size} entries`);
  console.log(`check-builder: app.asar.unpacked ${kib(dirSize(unpackedPath))} (${relative(resources, nativeBinary)} ${kib(statSync(nativeBinary).size)})`);
  console.log(`check-builder: node_modules packed: ${[...deps].sort().join(', ')}`);
  console.log(`check-builder: app files:\n  ${listing.map((e) => `${e} (${kib(asar.statFile(asarPath, e.slice(1)).size)})`).join('\n  ')}`);
  console.log('check-builder: OK');
}

try {
  main();
} catch (error) {
  console.error(`check-builder: FAIL — ${error instanceof CheckFailed ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
