import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../../../src/main/server/app-server';
import type { Core } from '../../../src/main/core';
import { createBackend } from '../../../src/main/backend';
import { testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

// The facilitator app's files come through the same static serving as the phone page:
// precompressed copies when the build left them, a year of caching for hashed assets.

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const SOURCE = Buffer.from(`export const app = ${JSON.stringify('facilitator '.repeat(300))};`);

function get(server: AppServer, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, headers: { host: `127.0.0.1:${server.port}`, cookie: `cg_token=${TOKEN}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('app server static files', () => {
  let core: Core;
  let server: AppServer;
  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Common Ground</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-D4x9Qa1z.js'), SOURCE);
    writeFileSync(join(dir, 'assets', 'index-D4x9Qa1z.js.br'), brotliCompressSync(SOURCE));
    core = testCore();
    server = await startAppServer({ backend: createBackend(core), rendererDir: dir, token: TOKEN, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  it('sends the brotli copy to a browser that takes it, the file to one that does not, and caches hashed assets', async () => {
    const br = await get(server, '/assets/index-D4x9Qa1z.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(SOURCE)).toBe(true);
    const plain = await get(server, '/assets/index-D4x9Qa1z.js', { 'accept-encoding': 'gzip' }); // no .gz built
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(SOURCE)).toBe(true);
    const page = await get(server, '/', { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await get(server, '/assets/index-D4x9Qa1z.js.br', {})).status).toBe(404);
  });
});
