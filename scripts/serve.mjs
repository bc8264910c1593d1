// `npm run serve`: build when the sources are newer than the build, then run
// browser mode. Build output goes to stderr so stdout carries only the URL line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'out/main/serve.js');
const stamp = join(root, 'out/renderer/index.html');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function needsBuild() {
  if (!existsSync(entry) || !existsSync(stamp)) return true;
  const built = Math.min(statSync(entry).mtimeMs, statSync(stamp).mtimeMs);
  const inputs = ['src', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p));
  return inputs.some((p) => existsSync(p) && newest(p) > built);
}

if (needsBuild()) {
  console.error('Building Common Ground…');
  const bin = join(root, 'node_modules/.bin/electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

await import(pathToFileURL(entry).href);
