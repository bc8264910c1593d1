import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { genericWorkshop } from '../../helpers/generic-workshop';

// How the room server delivers the phone page on slow room Wi-Fi: the build's precompressed
// copies by Accept-Encoding, cache headers, and a first screen (title, "Connecting…") in the
// HTML itself. A real server on 127.0.0.1 and the page template from the source tree.

const ROOM = 'r'.repeat(43);
const TEMPLATE = join(import.meta.dirname, '../../../src/renderer/phone/participant.html');
const ASSET = '/assets/participant-AbC123_x.js';
const SOURCE = Buffer.from(`console.log(${JSON.stringify('phone page '.repeat(400))});`);

/** A page folder as the build leaves it: the HTML, a hashed asset and its .br and .gz copies. */
function pageDir() {
  const dir = tempDir();
  copyFileSync(TEMPLATE, join(dir, 'participant.html'));
  mkdirSync(join(dir, 'assets'));
  const file = join(dir, ASSET);
  writeFileSync(file, SOURCE);
  writeFileSync(`${file}.br`, brotliCompressSync(SOURCE));
  writeFileSync(`${file}.gz`, gzipSync(SOURCE));
  writeFileSync(join(dir, 'assets', 'plain.css'), 'body{color:red}'); // no copies, no hash
  return dir;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(server: ParticipantServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body as the browser would read it, by the coding the server declared. */
function decoded(reply: Reply): string {
  const coding = reply.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(reply.body).toString('utf8');
  if (coding === 'gzip') return gunzipSync(reply.body).toString('utf8');
  expect(coding).toBeUndefined();
  return reply.body.toString('utf8');
}

const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup() {
  const core = testCore();
  const w = genericWorkshop(core);
  const server = await startParticipantServer({ core, workshopId: w.id, pageDir: pageDir(), host: '127.0.0.1', roomToken: ROOM, joinCode: 'ACDEFG' });
  servers.push(server);
  return { core, w, server };
}

describe('phone assets, precompressed', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    ['br;q=0.2, gzip;q=0.9', 'gzip'],
    ['zstd, compress', undefined],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['', undefined],
  ])('Accept-Encoding "%s" → %s', async (accept, coding) => {
    const { server } = await setup();
    const reply = await get(server, ASSET, accept ? { 'accept-encoding': accept } : {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(coding);
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers['content-length']).toBe(String(reply.body.length));
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(decoded(reply)).toBe(SOURCE.toString('utf8'));
    if (coding) expect(reply.body.length).toBeLessThan(SOURCE.length / 5);
  });

  it('caches hashed assets for a year, revalidates the rest; HEAD tells the length and sends nothing', async () => {
    const { server } = await setup();
    expect((await get(server, ASSET)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await get(server, '/assets/plain.css', { 'accept-encoding': 'br, gzip' });
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.headers['content-encoding']).toBeUndefined(); // no copies built: the file as it is
    expect(plain.body.toString()).toBe('body{color:red}');
    const head = await get(server, ASSET, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe((await get(server, ASSET, { 'accept-encoding': 'br' })).body.length);
  });

  it('never serves the compressed copies by their own names, nor anything outside the page folder', async () => {
    const { server } = await setup();
    for (const path of [`${ASSET}.br`, `${ASSET}.gz`, '/assets/../participant.html', '/assets/%2e%2e/%2e%2e/etc/passwd', '/assets/.hidden.js', '/assets/']) {
      expect((await get(server, path, { 'accept-encoding': 'br' })).status, path).toBe(404);
    }
  });
});

describe('the phone page before any script runs', () => {
  it('shows the workshop title (escaped) over the list of names, in any coding', async () => {
    const { server } = await setup();
    for (const accept of ['br', 'gzip', '']) {
      const reply = await get(server, `/j/${ROOM}`, accept ? { 'accept-encoding': accept } : {});
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding']).toBe(accept || undefined);
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.headers['content-length']).toBe(String(reply.body.length));
      const html = decoded(reply);
      expect(html).toMatch(/<html lang="en" data-workshop-lang="en">/); // the workshop's language, for the script too
      expect(html).toContain('<h1 id="pick-heading" class="pick-title" tabindex="-1">Sales &amp; Marketing alignment session</h1>');
      expect(html).toContain('<title>Sales &amp; Marketing alignment session · Common Ground</title>');
      expect(html).toContain('<span>Dana Whitfield</span>');
    }
  });

  it('a title with markup in it stays text', async () => {
    const { core, w, server } = await setup();
    call(core, 'workshop:update', { id: w.id, patch: { title: `<script>alert("x")</script> & $& 'Q1'` } });
    const html = decoded(await get(server, `/j/${ROOM}`));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; $&amp; &#39;Q1&#39;');
  });

  it('the code page (/) does not tell the workshop title to someone without the link', async () => {
    const { server } = await setup();
    const html = decoded(await get(server, '/', { 'accept-encoding': 'gzip' }));
    expect(html).toContain('<h1 class="ph-title" tabindex="-1">Join the workshop</h1>');
    expect(html).not.toContain('alignment session');
    expect(html).not.toContain('Dana Whitfield');
  });
});
