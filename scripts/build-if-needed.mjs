// Build with electron-vite when any source is newer than the last build.
// Used by `npm run serve` and by the end-to-end tests. Output goes to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const serveEntry = join(root, 'out/main/serve.js');
const outputs = [
  serveEntry,
  join(root, 'out/renderer/index.html'),
  join(root, 'out/main/index.js'),
  join(root, 'out/preload/index.cjs'),
  join(root, 'out/participant/participant.html'),
];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

export function needsBuild() {
  if (outputs.some((p) => !existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = ['src', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p));
  return inputs.some((p) => existsSync(p) && newest(p) > built);
}

export function buildIfNeeded() {
  if (!needsBuild()) return;
  console.error('Building Common Ground…');
  // The same steps as `npm run build`: the app's three bundles, then the phone page.
  const steps = [
    ['node_modules/.bin/electron-vite', ['build']],
    ['node_modules/.bin/vite', ['build', '-c', 'src/renderer/phone/vite.config.ts']],
  ];
  for (const [bin, args] of steps) {
    const result = spawnSync(join(root, bin), args, {
      cwd: root,
      stdio: ['ignore', 2, 2],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    if (result.status !== 0) throw new Error('The build failed; see the messages above.');
  }
}
