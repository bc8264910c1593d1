// Browser mode from a copy of the build taken at the start, for benchmarks that run for minutes
// on a machine shared with others: a rebuild of out/ by someone else mid-run (vite empties the
// phone page's folder first) would otherwise take the page or its scripts away between two loads.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
// @ts-expect-error: a plain .mjs script without types
import { buildIfNeeded, root } from '../../scripts/build-if-needed.mjs';
import { URL_LINE } from '../helpers/serve-process';

export interface PrivateServe {
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** The copy is whole: the server's entry, the phone page, and every asset the page names. */
function complete(out: string): boolean {
  const page = join(out, 'participant/participant.html');
  if (!existsSync(join(out, 'main/serve.js')) || !existsSync(page)) return false;
  const assets = [...readFileSync(page, 'utf8').matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  return assets.length > 0 && assets.every((a) => existsSync(join(out, 'participant', a)));
}

/** Build when the sources are newer (as `npm run serve` does), copy out/ aside, and run the copy's server. */
export async function startPrivateServe(dataDir: string, extra: string[] = []): Promise<PrivateServe> {
  (buildIfNeeded as () => void)();
  // Inside the project, so the copy's imports still find node_modules.
  const copy = join(root as string, 'node_modules/.cache', `cg-bench-${process.pid}`);
  for (let attempt = 1; ; attempt++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(root as string, 'out'), join(copy, 'out'), { recursive: true });
    if (complete(join(copy, 'out'))) break;
    if (attempt >= 10) throw new Error('out/ kept changing while it was copied (someone else is building): try again.');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  const child = spawn(process.execPath, [join(copy, 'out/main/serve.js'), '--port', '0', '--no-open', '--data-dir', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stop = async () => {
    if (child.exitCode === null) await new Promise((done) => (child.once('exit', done), child.kill('SIGTERM')));
    rmSync(copy, { recursive: true, force: true });
  };
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server did not print its address in time. stderr:\n${err}`)), 60_000);
      child.once('exit', (code) => reject(new Error(`The server exited with ${code}. stderr:\n${err}`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = URL_LINE.exec(line);
        if (!m) return;
        clearTimeout(timer);
        resolve(m);
      });
    });
    child.removeAllListeners('exit');
    return { origin: match[1]!, token: match[3]!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
