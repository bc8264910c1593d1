import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ServeProcess {
  child: ChildProcess;
  /** The full link printed on stdout, with ?token=. */
  link: string;
  origin: string;
  token: string;
  /** Every line printed on stdout (must be exactly one). */
  stdoutLines: string[];
  stderr: () => string;
  startMs: number;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export const URL_LINE = /^Common Ground is running at (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([A-Za-z0-9_-]+)$/;

/** Start `npm run serve`'s script on a free loopback port with its own data folder. */
export function startServe(dataDir: string, extra: string[] = []): Promise<ServeProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../scripts/serve.mjs'), '--port', '0', '--no-open', '--data-dir', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const stdoutLines: string[] = [];
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL in time. stderr:\n${err}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL. stderr:\n${err}`)));
    lines.on('line', (line) => {
      stdoutLines.push(line);
      const m = URL_LINE.exec(line);
      if (!m || stdoutLines.length > 1) return;
      clearTimeout(timer);
      resolve({
        child,
        link: line.slice('Common Ground is running at '.length),
        origin: m[1]!,
        token: m[3]!,
        stdoutLines,
        stderr: () => err,
        startMs: performance.now() - started,
        stop(signal = 'SIGTERM') {
          const t0 = performance.now();
          return new Promise((done) => {
            if (child.exitCode !== null) return done({ code: child.exitCode, ms: 0 });
            child.removeAllListeners('exit');
            child.once('exit', (code) => done({ code, ms: performance.now() - t0 }));
            child.kill(signal);
          });
        },
      });
    });
  });
}
