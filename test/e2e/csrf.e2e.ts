import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../helpers/e2e-session';
import { SCREEN } from '../helpers/browser';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

/**
 * A page on another loopback port is the same *site* as the app (http://127.0.0.1), so
 * Chromium sends the app's SameSite=Strict cookie with its requests. Everything it can
 * do without a CORS preflight must change nothing.
 */
function attackerPage(app: string): string {
  const script = `
const app = ${JSON.stringify(app)};
const results = {};
const attempt = async (name, fn) => { try { results[name] = await fn(); } catch (e) { results[name] = 'threw ' + e.name; } };
(async () => {
  const post = (path, body, type, mode = 'no-cors') =>
    fetch(app + path, { method: 'POST', mode, credentials: 'include', headers: type ? { 'Content-Type': type } : {}, body }).then((r) => r.type + ' ' + r.status);
  await attempt('create as text/plain', () => post('/api/op/workshop:create', JSON.stringify({ title: 'Forged text' }), 'text/plain'));
  await attempt('create as a form body', () => post('/api/op/workshop:create', new URLSearchParams({ title: 'Forged form' })));
  await attempt('create as multipart', () => { const f = new FormData(); f.set('title', 'Forged multipart'); return post('/api/op/workshop:create', f); });
  await attempt('create as JSON with CORS', () => post('/api/op/workshop:create', JSON.stringify({ title: 'Forged cors' }), 'application/json', 'cors'));
  await attempt('close the room as text/plain', () => post('/api/op/room:close', '{}', 'text/plain'));
  await attempt('close the room, no body', () => post('/api/op/room:close', null));
  results.socket = await new Promise((resolve) => {
    const ws = new WebSocket(app.replace('http', 'ws') + '/api/ws');
    ws.onopen = () => { ws.send(JSON.stringify({ type: 'invoke', id: 1, op: 'room:close', input: {} })); resolve('opened'); };
    ws.onclose = (e) => resolve('closed ' + e.code);
  });
  // Last, the classic JSON-in-a-text/plain-form trick, submitted into a hidden frame.
  const frame = document.createElement('iframe');
  frame.name = 'sink';
  document.body.append(frame);
  const form = document.createElement('form');
  Object.assign(form, { method: 'POST', action: app + '/api/op/workshop:create', enctype: 'text/plain', target: 'sink' });
  const field = document.createElement('input');
  Object.assign(field, { name: '{"title":"Forged form post","x":"', value: '"}' });
  form.append(field);
  document.body.append(form);
  frame.onload = () => { results.form = 'submitted'; window.done = results; };
  form.submit();
})();`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Not Common Ground</title></head><body><h1>Cute cats</h1><script>${script}</script></body></html>`;
}

describe('a page on another loopback port (cross-site request forgery)', () => {
  let session: Session;
  let attacker: Server;
  let attackerOrigin: string;

  beforeAll(async () => {
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    attacker = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(attackerPage(session.serve.origin));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    attacker.close();
    await session?.close();
  });

  it('cannot create a workshop, close the room or open the API socket, though the browser holds the app’s cookie', async () => {
    const { serve } = session;
    const workshop = await op<{ id: string }>(serve, 'workshop:create', { title: 'The real workshop' });
    await op(serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
    const before = await op<{ id: string; title: string }[]>(serve, 'workshop:list');

    // The facilitator has the app open (so the browser has its cookie), then visits another local page.
    const { page, context } = await session.page(SCREEN.laptop);
    await expect.poll(() => page.title()).toContain('Common Ground');
    expect((await context.cookies(serve.origin)).map((c) => c.name)).toContain('cg_token');
    const evil = await context.newPage();
    await evil.goto(attackerOrigin);
    const results = (await evil.waitForFunction(() => (window as unknown as { done?: Record<string, string> }).done)).jsonValue() as Promise<
      Record<string, string>
    >;

    // The no-cors requests are sent (with the cookie); their answers are opaque, or blocked by
    // Cross-Origin-Resource-Policy. What matters is below: nothing changed.
    const seen = await results;
    for (const name of ['create as text/plain', 'create as a form body', 'create as multipart', 'close the room as text/plain', 'close the room, no body']) {
      expect(['opaque 0', 'threw TypeError'], name).toContain(seen[name]);
    }
    expect(seen['create as JSON with CORS']).toBe('threw TypeError'); // the preflight is never granted
    expect(seen.socket).toBe('closed 1006'); // refused before the handshake
    expect(seen.form).toBe('submitted');
    expect(await op(serve, 'workshop:list')).toEqual(before);
    expect(await op(serve, 'room:status')).toMatchObject({ workshopId: workshop.id });

    // The app's own page still works with the same cookie.
    await page.reload();
    await expect.poll(() => page.getByText('The real workshop').first().isVisible()).toBe(true);
  });
});
