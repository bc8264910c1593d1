import { copyFileSync, mkdirSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { Phone } from '../../helpers/phone';
import { genericWorkshop } from '../../helpers/generic-workshop';

// The room server's own first screen (phone-page.ts, phone-forms.ts): the list of names in the
// HTML as a form, exactly the list the room's socket gives a phone with the link; the code form
// at the bare address; joining with the form (a tap before the script, or no script at all).
// A real server on 127.0.0.1 with the page template from the source tree.

const ROOM = 'r'.repeat(43);
const CODE = 'ACDEFG';
const TEMPLATE = join(import.meta.dirname, '../../../src/renderer/phone/participant.html');
const HOSTILE = `<img src=x onerror="alert(1)"> & 'Bo' </script><!--`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function http(server: ParticipantServer, method: string, path: string, opts: { body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, ...opts.headers };
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** A form as the page's own <form> sends it: form-encoded, with the page's Origin. */
const form = (server: ParticipantServer, path: string, fields: Record<string, string>, origin = server.origin, cookie?: string) =>
  http(server, 'POST', path, {
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...(cookie ? { cookie } : {}) },
  });

const firstScreen = (html: string) =>
  JSON.parse(/<script type="application\/json" id="cg-first">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
const cookieOf = (reply: Reply) => String(reply.headers['set-cookie']?.[0] ?? '');

const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup() {
  const core = testCore();
  const w = genericWorkshop(core);
  call(core, 'participant:add', { workshopId: w.id, name: HOSTILE, team: 'other' });
  const pageDir = tempDir();
  copyFileSync(TEMPLATE, join(pageDir, 'participant.html'));
  mkdirSync(join(pageDir, 'assets'));
  const server = await startParticipantServer({ core, workshopId: w.id, pageDir, host: '127.0.0.1', roomToken: ROOM, joinCode: CODE });
  servers.push(server);
  const people = call(core, 'workshop:get', { id: w.id }).participants;
  const dana = people.find((p) => p.name === 'Dana Whitfield')!;
  return { core, w, server, dana };
}

async function welcomeOverSocket(server: ParticipantServer) {
  const phone = await Phone.connect(server.origin, ROOM);
  phone.send({ t: 'hello' });
  const welcome = await phone.next('welcome');
  phone.ws.close();
  return welcome;
}

describe('the list of names in the HTML', () => {
  it('is exactly the list the room’s socket gives, each name a button of one form, every name escaped', async () => {
    const { server, dana } = await setup();
    const page = await http(server, 'GET', `/j/${ROOM}`);
    expect(page.status).toBe(200);
    const { t: _t, ...socket } = await welcomeOverSocket(server);
    expect(firstScreen(page.body)).toEqual({ welcome: socket });
    expect(page.body).toContain(`<button type="submit" name="participant" value="${dana.id}" class="pick-name">`);
    for (const p of socket.roster)
      expect(page.body).toContain(
        `<span>${p.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</span>`,
      );
    expect(page.body).not.toContain('<img src=x');
    // The JSON copy cannot end its element or open a comment either.
    const data = /id="cg-first">([\s\S]*?)<\/script>/.exec(page.body)![1]!;
    expect(data).not.toMatch(/<|>/);
    expect(page.body.match(/<form method="post"/g)).toHaveLength(1);
  });

  it('marks a name someone is answering on another phone, as the socket does', async () => {
    const { server, dana } = await setup();
    const phone = await Phone.connect(server.origin, ROOM);
    phone.send({ t: 'hello' });
    await phone.next('welcome');
    phone.send({ t: 'join', participantId: dana.id });
    await phone.next('joined');
    const page = await http(server, 'GET', `/j/${ROOM}`);
    expect(page.body).toMatch(
      new RegExp(`value="${dana.id}" class="pick-name">.*?<span>Dana Whitfield</span><span class="pick-joined">on another phone</span>`),
    );
    phone.ws.close();
  });

  it('is never in the code page (/) nor behind a wrong room link', async () => {
    const { server } = await setup();
    const code = await http(server, 'GET', '/');
    expect(code.status).toBe(200);
    expect(code.body).toContain('<form class="ph-form" method="post" action="/join" novalidate>');
    expect(code.body).not.toContain('Dana Whitfield');
    expect(code.body).not.toContain('cg-first');
    const wrong = await http(server, 'GET', `/j/${'x'.repeat(43)}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).not.toContain('Dana Whitfield');
  });
});

describe('joining with the page’s form (no script)', () => {
  it('joins as the name tapped, hands the device token over in a cookie for the room’s page, and shows "You’re in"', async () => {
    const { server, dana } = await setup();
    const sent = await form(server, `/j/${ROOM}`, { participant: dana.id });
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(`/j/${ROOM}`);
    const cookie = cookieOf(sent);
    expect(cookie).toMatch(new RegExp(`^cg_device=[A-Za-z0-9_-]{43}; Path=/j/${ROOM}; SameSite=Strict$`));
    const token = /^cg_device=([^;]+)/.exec(cookie)![1]!;

    const after = await http(server, 'GET', `/j/${ROOM}`, { headers: { cookie: `cg_device=${token}` } });
    expect(after.headers['cache-control']).toBe('no-store');
    expect(after.body).toContain('<h1 class="ph-title" tabindex="-1">You’re in, Dana Whitfield</h1>');
    expect(firstScreen(after.body)).toEqual({ me: { id: dana.id, name: 'Dana Whitfield', team: dana.team } });
    expect(after.body).not.toContain('name="participant"'); // no list on this screen

    // The same device the socket knows: the script resumes with it.
    const phone = await Phone.connect(server.origin, ROOM);
    phone.send({ t: 'hello', deviceToken: token });
    expect((await phone.next('joined')).participant.id).toBe(dana.id);
    phone.ws.close();
  });

  it('"Not you?" forgets the device on this page', async () => {
    const { server } = await setup();
    const left = await form(server, `/j/${ROOM}`, { leave: '1' });
    expect(left.status).toBe(303);
    expect(cookieOf(left)).toContain('Max-Age=0');
  });

  it('asks first when someone is already answering as that name, and joins on "Yes, I’m …"', async () => {
    const { server, dana } = await setup();
    const other = await Phone.connect(server.origin, ROOM);
    other.send({ t: 'hello' });
    await other.next('welcome');
    other.send({ t: 'join', participantId: dana.id });
    await other.next('joined');
    const asked = await form(server, `/j/${ROOM}`, { participant: dana.id });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain('Dana Whitfield is already answering on another phone');
    expect(asked.body).toContain(`<button type="submit" name="participant" value="${dana.id}" class="ph-btn ph-btn-primary">Yes, I’m Dana Whitfield</button>`);
    expect(asked.body).not.toMatch(/<script type="module"/); // one question, answered by its form
    expect(asked.headers['set-cookie']).toBeUndefined();
    const yes = await form(server, `/j/${ROOM}`, { participant: dana.id, confirm: '1' });
    expect(yes.status).toBe(303);
    expect(cookieOf(yes)).toMatch(/^cg_device=/);
    other.ws.close();
  });

  it('a name not on the list is said in words and stores nothing', async () => {
    const { core, server } = await setup();
    const before = dumpRows(core);
    const reply = await form(server, `/j/${ROOM}`, { participant: 'nobody' });
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('<p class="ph-error" role="alert">That name is not on this workshop’s list. Pick your name again.</p>');
    expect(dumpRows(core)).toBe(before);
  });

  it('refuses a form from another page (no Origin, another origin, or "null") and stores nothing', async () => {
    const { core, server, dana } = await setup();
    const before = dumpRows(core);
    for (const origin of ['http://127.0.0.1:1', 'null', '']) {
      const reply = await form(server, `/j/${ROOM}`, { participant: dana.id }, origin);
      expect(reply.status, origin).toBe(403);
      expect(reply.body).toContain('only works from the workshop’s own page');
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect(dumpRows(core)).toBe(before);
  });

  it('a wrong room link refuses the form with a sentence', async () => {
    const { server, dana } = await setup();
    const reply = await form(server, `/j/${'x'.repeat(43)}`, { participant: dana.id });
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('This join link is not valid any more');
  });

  it('the page tells its forms to send its Origin (Referrer-Policy same-origin, header and meta)', async () => {
    const { server } = await setup();
    const page = await http(server, 'GET', `/j/${ROOM}`);
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.body).toContain('<meta name="referrer" content="same-origin" />');
  });
});

describe('the code form with no script', () => {
  it('a right code goes to the room’s page; a wrong one shows the form again with the sentence and what was typed', async () => {
    const { server } = await setup();
    const right = await form(server, '/join', { code: 'acd efg' });
    expect(right.status).toBe(303);
    expect(right.headers.location).toBe(`/j/${ROOM}`);
    const wrong = await form(server, '/join', { code: 'QQQ<b>' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('<p id="cg-code-error" class="ph-error" role="alert">That code does not match. Check the code on the screen.</p>');
    expect(wrong.body).toContain('value="QQQ&lt;b&gt;"');
    expect(wrong.body).toContain('aria-invalid="true"');
    expect(wrong.body).not.toContain('Dana Whitfield');
  });

  it('refuses a code form from another page; the script’s JSON join still works', async () => {
    const { server } = await setup();
    const forged = await form(server, '/join', { code: CODE }, 'http://127.0.0.1:1');
    expect(forged.status).toBe(403);
    expect(forged.headers.location).toBeUndefined();
    const json = await http(server, 'POST', '/join', { body: JSON.stringify({ code: CODE }), headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(json.body)).toEqual({ ok: true, path: `/j/${ROOM}` });
  });
});
