// Signalling only the process that started `npm run serve` (npm itself, or
// any parent that does not pass the signal on) must not leave the app
// running on its port: the server notices its parent is gone and stops.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { URL_LINE } from '../../helpers/serve-process';
import { tempDir } from '../../helpers/temp-dir';

const root = join(import.meta.dirname, '../../..');
const serveScript = join(root, 'scripts/serve.mjs');
const started: ChildProcess[] = [];

/** Resolves true when something accepts a TCP connection on the port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Start `parent`, which starts serve; resolve with the port from the URL line and everything printed. */
function startThrough(command: string, args: string[]): Promise<{ parent: ChildProcess; port: number; output: () => string }> {
  // Its own process group, so that cleanup can reach a server left behind.
  const parent = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(parent);
  let output = '';
  parent.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL line in time:\n${output}`)), 90_000);
    createInterface({ input: parent.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      const m = URL_LINE.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({ parent, port: Number(m[2]), output: () => output });
    });
    parent.once('exit', (code) => reject(new Error(`the parent exited (${code}) before serve printed its URL:\n${output}`)));
  });
}

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the whole group has already exited
    }
  }
});

const serveArgs = (dataDir: string) => ['--no-open', '--port', '0', '--data-dir', dataDir];

describe('npm run serve when only its parent is signalled', () => {
  it('stops serving when a parent that does not forward signals is terminated', { timeout: 120_000 }, async () => {
    // A parent that starts serve and dies on SIGTERM without passing it on.
    const parentCode = `require('node:child_process').spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' });`;
    const run = await startThrough(process.execPath, ['-e', parentCode, serveScript, ...serveArgs(tempDir())]);
    expect(await answers(run.port)).toBe(true);
    run.parent.kill('SIGTERM');
    await expect.poll(() => answers(run.port), { timeout: 15_000, interval: 200 }).toBe(false);
    await expect.poll(() => run.output(), { timeout: 5_000 }).toMatch(/closing Common Ground/);
  });

  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!npm)('stops serving when SIGTERM goes to the npm process of `npm run serve`', { timeout: 120_000 }, async () => {
    const run = await startThrough('npm', ['run', '--silent', 'serve', '--', ...serveArgs(tempDir())]);
    expect(await answers(run.port)).toBe(true);
    run.parent.kill('SIGTERM');
    await expect.poll(() => answers(run.port), { timeout: 15_000, interval: 200 }).toBe(false);
  });
});
