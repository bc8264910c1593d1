import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServe, URL_LINE } from '../helpers/serve-process';
import { tempDir } from '../helpers/temp-dir';

function status(origin: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run serve', () => {
  it('prints exactly one URL line with a 256-bit token, guards every request, and stops cleanly on SIGTERM and SIGINT', async () => {
    const dataDir = tempDir();
    const serve = await startServe(dataDir);
    console.info(`serve: URL line after ${serve.startMs.toFixed(0)} ms`);
    expect(serve.stdoutLines).toHaveLength(1);
    expect(serve.stdoutLines[0]).toMatch(URL_LINE);
    expect(Buffer.from(serve.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(await status(serve.origin, '/')).toBe(401);
    expect(await status(serve.origin, `/?token=${serve.token}`)).toBe(303);
    expect(await status(serve.origin, '/', { cookie: `cg_token=${serve.token}` })).toBe(200);
    expect(await status(serve.origin, '/', { cookie: `cg_token=${serve.token}`, host: 'attacker.test' })).toBe(421);
    const stopped = await serve.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(2000);
    expect(serve.stdoutLines).toHaveLength(1);

    // A new start gets a new token; the old one no longer opens anything.
    const again = await startServe(dataDir);
    expect(again.token).not.toBe(serve.token);
    expect(await status(again.origin, '/', { cookie: `cg_token=${serve.token}` })).toBe(401);
    const interrupted = await again.stop('SIGINT');
    expect(interrupted.code).toBe(0);
    expect(interrupted.ms).toBeLessThan(2000);
  });

  it('refuses to start on a database from a newer version, with a clear message', async () => {
    const Database = (await import('better-sqlite3')).default;
    const dataDir = tempDir();
    const db = new Database(`${dataDir}/common-ground.db`);
    db.pragma('user_version = 999');
    db.close();
    await expect(startServe(dataDir)).rejects.toThrow(/newer version of Common Ground/);
  });
});
