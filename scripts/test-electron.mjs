#!/usr/bin/env node
// `npm run test:electron`: the desktop checks. Packs the app for this OS as a
// folder (electron-builder --dir, against the installed Electron), then runs
// test/electron/*.electron.ts, which drive the packed app with Playwright's
// Electron driver (under Xvfb on Linux when there is no display).
//
// Where no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD, as on
// the CI machines) it says so plainly and exits 0.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded, root } from './build-if-needed.mjs';
import { KEEP_INSPECT_ENV } from './electron-fuses.mjs';

const require = createRequire(join(root, 'package.json'));
const electronDir = join(root, 'node_modules', 'electron');
const EXECUTABLES = { linux: 'electron', win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

/**
 * The Electron binary npm installed, without require('electron') (which tries
 * to download one when it is missing). Returns { dist, binary } or a reason.
 */
export function findElectron(env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const dist = env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = join(dist, EXECUTABLES[process.platform] ?? 'electron');
    return existsSync(binary) ? { dist, binary } : { reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist` };
  }
  if (!existsSync(join(electronDir, 'package.json'))) return { reason: 'the electron package is not installed (run npm ci)' };
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile))
    return { reason: 'node_modules/electron has no binary: it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD or without its install script' };
  const dist = join(electronDir, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { dist, binary } : { reason: `${binary} is missing` };
}

export function skipMessage(reason) {
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  return [
    `Skipped: no Electron binary installed (${reason}).`,
    `To run the desktop checks, get Electron ${version} once: \`node node_modules/electron/install.js\``,
    '(with ELECTRON_SKIP_BINARY_DOWNLOAD unset; it downloads from GitHub), or set ELECTRON_OVERRIDE_DIST_PATH',
    'to an unpacked Electron folder. On Linux without a display, also install Xvfb (apt-get install -y xvfb).',
  ].join('\n');
}

/** On Linux without $DISPLAY: start Xvfb on a free display number. */
async function ensureDisplay(env) {
  if (process.platform !== 'linux' || env.DISPLAY) return null;
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    throw new Error('there is no display and no Xvfb: install it (apt-get install -y xvfb) or run under a desktop session.');
  }
  for (let n = 90; n < 110; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (xvfb.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) {
      env.DISPLAY = `:${n}`;
      return xvfb;
    }
    xvfb.kill();
  }
  throw new Error('Xvfb did not start on any display from :90 to :109.');
}

/** Pack into a temp folder with the real Electron: the afterPack hook flips the fuses (keeping --inspect for Playwright). */
function pack(electron, output) {
  const cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const target = { linux: ['--linux', 'dir'], win32: ['--win', 'dir'], darwin: ['--mac', 'dir'] }[process.platform];
  const run = spawnSync(
    process.execPath,
    [
      cli,
      ...target,
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${electron.dist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
      '-c.mac.identity=null',
    ],
    { cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, [KEEP_INSPECT_ENV]: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder exited with ${run.status ?? run.signal}.`);
  const unpacked = { linux: 'linux-unpacked', win32: 'win-unpacked', darwin: 'mac' }[process.platform];
  const productName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).productName;
  const name = { linux: 'common-ground', win32: `${productName}.exe`, darwin: `${productName}.app/Contents/MacOS/${productName}` }[process.platform];
  const binary = join(output, unpacked, name);
  if (!existsSync(binary)) throw new Error(`the packed app is not where expected: ${binary}`);
  return binary;
}

async function main() {
  const electron = findElectron();
  if (!electron.binary) {
    console.log(skipMessage(electron.reason));
    return 0;
  }
  const env = { ...process.env };
  const work = mkdtempSync(join(tmpdir(), 'cg-electron-'));
  let xvfb = null;
  try {
    xvfb = await ensureDisplay(env);
    buildIfNeeded();
    console.error(`test:electron: packing with ${electron.binary}…`);
    const packed = pack(electron, join(work, 'dist'));
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/electron/vitest.config.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, CG_PACKED_APP: packed },
    });
    return run.status ?? 1;
  } finally {
    xvfb?.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`test:electron: FAIL — ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    },
  );
}
