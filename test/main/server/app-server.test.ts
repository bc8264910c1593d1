import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startAppServer, type AppServer } from '../../../src/main/server/app-server';
import type { Core } from '../../../src/main/core';
import { createBackend } from '../../../src/main/backend';
import { dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { rawExchange, rawJson, upgradeRequest } from '../../helpers/raw-http';
import { LOCALE_HEADER } from '../../../src/shared/api/wire';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';

function get(server: AppServer, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: headers['x-method'] ?? 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (headers['x-body']) req.write(headers['x-body']);
    req.end();
  });
}

function openSocket(server: AppServer, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/ws`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket, predicate: (m: { type: string; [k: string]: unknown }) => boolean) {
  return new Promise<{ type: string; [k: string]: unknown }>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(String(data)) as { type: string };
      if (predicate(msg)) {
        ws.off('message', onMessage);
        resolve(msg);
      }
    };
    ws.on('message', onMessage);
  });
}

describe('app server (browser mode)', () => {
  let core: Core;
  let server: AppServer;
  let auth: Record<string, string>;

  beforeAll(async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Common Ground</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'assets', 'app.js.map'), '{}');
    core = testCore();
    server = await startAppServer({ backend: createBackend(core), rendererDir, token: TOKEN, port: 0 });
    auth = { host: `127.0.0.1:${server.port}`, cookie: `cg_token=${TOKEN}` };
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  it('answers 401 without the token, on pages and on the API', async () => {
    expect((await get(server, '/')).status).toBe(401);
    expect((await get(server, '/assets/app.js')).status).toBe(401);
    expect((await get(server, '/api/op/workshop:list', { 'x-method': 'POST' })).status).toBe(401);
    expect((await get(server, '/', { cookie: 'cg_token=wrong' })).status).toBe(401);
  });

  it('trades the token in the link for an HttpOnly SameSite=Strict cookie', async () => {
    const res = await get(server, `/?token=${TOKEN}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/cg_token=.+; HttpOnly; SameSite=Strict/);
    const page = await get(server, '/', auth);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Common Ground');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const res = await get(server, '/', { ...auth, host: `evil.example:${server.port}` });
    expect(res.status).toBe(421);
    expect((await get(server, '/', { ...auth, host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('serves no source maps, hidden files or paths outside its folder', async () => {
    expect((await get(server, '/assets/app.js', auth)).status).toBe(200);
    for (const path of ['/assets/app.js.map', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/.env', '/assets/']) {
      expect((await get(server, path, auth)).status, path).toBe(404);
    }
  });

  it('runs operations over HTTP with the same results and errors as IPC', async () => {
    const post = { ...auth, origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-method': 'POST' };
    const created = await get(server, '/api/op/workshop:create', { ...post, 'x-body': JSON.stringify({ title: 'Via HTTP' }) });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Via HTTP' } });
    const bad = await get(server, '/api/op/workshop:create', { ...post, 'x-body': '{"title":' });
    expect(bad.status).toBe(400);
    const unknown = await get(server, '/api/op/workshop:explode', { ...post, 'x-body': '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers in the interface language the request names: a header on HTTP, a field on the socket (#19)', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const post = { ...auth, origin, 'content-type': 'application/json', 'x-method': 'POST' };
    const missing = JSON.stringify({ id: '00000000-0000-4000-8000-000000000000' });
    const german = await get(server, '/api/op/workshop:get', { ...post, [LOCALE_HEADER]: 'de', 'x-body': missing });
    expect(JSON.parse(german.body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/^Dieser Workshop wurde nicht gefunden/) },
    });
    const english = await get(server, '/api/op/workshop:get', { ...post, [LOCALE_HEADER]: 'klingon', 'x-body': missing });
    expect(JSON.parse(english.body)).toMatchObject({ error: { message: expect.stringMatching(/^That workshop was not found/) } });
    const ws = await openSocket(server, { ...auth, origin });
    const answer = nextMessage(ws, (m) => m.type === 'result' && m.id === 7);
    ws.send(JSON.stringify({ type: 'invoke', id: 7, op: 'workshop:create', input: { title: '' }, locale: 'fr' }));
    expect(await answer).toMatchObject({ result: { ok: false, error: { code: 'VALIDATION', message: 'title: Un titre est requis.' } } });
    ws.close();
  });

  it('refuses WebSocket upgrades without the token, from another origin or for another host', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    await expect(openSocket(server, { origin })).rejects.toThrow('HTTP 401');
    await expect(openSocket(server, { ...auth, origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(openSocket(server, { ...auth, origin, host: 'evil.example' })).rejects.toThrow('HTTP 421');
  });

  it('answers invokes and pushes change events to every connected window', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const a = await openSocket(server, { ...auth, origin });
    const b = await openSocket(server, { ...auth, origin });
    const event = nextMessage(b, (m) => m.type === 'event' && m.event === 'workshops:changed');
    const result = nextMessage(a, (m) => m.type === 'result' && m.id === 1);
    a.send(JSON.stringify({ type: 'invoke', id: 1, op: 'workshop:create', input: { title: 'Live' } }));
    expect(await result).toMatchObject({ result: { ok: true, value: { title: 'Live' } } });
    expect(await event).toMatchObject({ event: 'workshops:changed' });
    const garbage = nextMessage(a, (m) => m.type === 'result' && m.id === -1);
    a.send('not json');
    expect(await garbage).toMatchObject({ result: { ok: false, error: { code: 'VALIDATION' } } });
    a.close();
    b.close();
  });

  it('closes open sockets when the server closes', async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), 'x');
    const other = await startAppServer({ backend: createBackend(core), rendererDir, token: TOKEN, port: 0 });
    const ws = await openSocket(other, { host: `127.0.0.1:${other.port}`, cookie: `cg_token=${TOKEN}`, origin: `http://127.0.0.1:${other.port}` });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const started = Date.now();
    await other.close();
    await closed;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('app server against hostile requests', () => {
  let core: Core;
  let server: AppServer;
  let host: string;
  let origin: string;
  const cookie = `cg_token=${TOKEN}`;

  beforeAll(async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Common Ground</title>');
    core = testCore();
    server = await startAppServer({ backend: createBackend(core), rendererDir, token: TOKEN, port: 0 });
    host = `127.0.0.1:${server.port}`;
    origin = `http://${host}`;
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  const stillServes = async () => expect((await get(server, '/', { host, cookie })).status).toBe(200);

  it('answers 400 to an upgrade or a request whose target is not a URL, and keeps running', async () => {
    for (const target of ['http://[::1', '//[']) {
      const upgrade = await rawExchange(server.port, upgradeRequest(target, { Host: host, Origin: origin, Cookie: cookie }));
      expect(upgrade.status, target).toBe(400);
      const plain = await rawExchange(server.port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${cookie}\r\n\r\n`);
      expect(plain.status, target).toBe(400);
    }
    await stillServes();
  });

  it('treats a cookie that is not valid percent-encoding as no token, on upgrades and requests', async () => {
    const bad = 'cg_token=%E0%A4%A';
    const upgrade = await rawExchange(server.port, upgradeRequest('/api/ws', { Host: host, Origin: origin, Cookie: bad }));
    expect(upgrade.status).toBe(401);
    expect((await get(server, '/', { host, cookie: bad })).status).toBe(401);
    await stillServes();
  });

  it('answers a clear error to an operation or export name that is not valid percent-encoding', async () => {
    const headers = { host, cookie, origin, 'content-type': 'application/json', 'x-method': 'POST', 'x-body': '{}' };
    const op = await get(server, '/api/op/%E0%A4%A', headers);
    expect(op.status).toBe(404);
    expect(JSON.parse(op.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const download = await get(server, '/api/export/%E0%A4%A', { host, cookie });
    expect(download.status).toBe(404);
    expect(download.body).toMatch(/export/);
  });

  it('refuses state-changing requests from another page (CSRF) and changes nothing', async () => {
    const before = dumpRows(core);
    const body = JSON.stringify({ title: 'Forged' });
    const attempts: [Record<string, string>, number][] = [
      [{ origin: 'http://127.0.0.1:1', 'content-type': 'text/plain' }, 403], // another loopback port, no-cors
      [{ origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }, 403],
      [{ origin: 'null', 'content-type': 'application/json' }, 403],
      [{ 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, 403], // no Origin, but not same-origin
      [{ 'content-type': 'application/json' }, 403], // neither Origin nor Sec-Fetch-Site: a browser always sends one
      [{ origin, 'content-type': 'text/plain;charset=UTF-8' }, 415],
      [{ origin, 'content-type': 'application/x-www-form-urlencoded' }, 415],
      [{ origin, 'content-type': 'multipart/form-data; boundary=x' }, 415],
      [{ origin }, 415],
    ];
    for (const [headers, status] of attempts) {
      for (const op of ['workshop:create', 'workshop:list']) {
        const res = await get(server, `/api/op/${op}`, { host, cookie, ...headers, 'x-method': 'POST', 'x-body': body });
        expect(res.status, JSON.stringify(headers)).toBe(status);
        expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/\w/) } });
      }
    }
    expect(dumpRows(core)).toBe(before);
  });

  it('runs state-changing requests from its own page (exact Origin or Sec-Fetch-Site: same-origin) or with the bearer token', async () => {
    const json = { host, 'content-type': 'application/json; charset=utf-8', 'x-method': 'POST' };
    const tries = [
      { ...json, cookie, origin, 'x-body': '{"title":"Same origin"}' },
      { ...json, cookie, origin: `http://localhost:${server.port}`, host: `localhost:${server.port}`, 'x-body': '{"title":"Localhost"}' },
      { ...json, cookie, 'sec-fetch-site': 'same-origin', 'x-body': '{"title":"Fetch metadata"}' },
      { ...json, authorization: `Bearer ${TOKEN}`, 'x-body': '{"title":"Script"}' },
    ];
    for (const headers of tries) expect((await get(server, '/api/op/workshop:create', headers)).status, JSON.stringify(headers)).toBe(200);
    const forged = await get(server, '/api/op/workshop:create', { ...json, authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain', 'x-body': '{}' });
    expect(forged.status).toBe(415);
  });

  it('answers 413 with a JSON error to a body over 1 MiB instead of resetting the connection', async () => {
    const before = dumpRows(core);
    const body = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
    for (const framing of [`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked']) {
      const payload = framing.startsWith('Content') ? body : `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
      const head = `POST /api/op/workshop:create HTTP/1.1\r\nHost: ${host}\r\nCookie: ${cookie}\r\nOrigin: ${origin}\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`;
      const reply = await rawExchange(server.port, head + payload);
      expect(reply.status, framing).toBe(413);
      expect(reply.text.toLowerCase()).toContain('connection: close');
      expect(rawJson(reply)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/1 MB/) } });
    }
    expect(dumpRows(core)).toBe(before);
    await stillServes();
  });
});
