import { writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { Phone } from '../../helpers/phone';
import { genericWorkshop } from '../../helpers/generic-workshop';

const ROOM = 'r'.repeat(43);
const CODE = 'ACDEFG';

function pageDir() {
  const dir = tempDir();
  writeFileSync(join(dir, 'participant.html'), '<!doctype html><title>Join</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'phone.js'), '1');
  writeFileSync(join(dir, 'index.html'), 'FACILITATOR');
  return dir;
}

function http(server: ParticipantServer, method: string, path: string, body?: string, host?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: host ?? `127.0.0.1:${server.port}` } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup(opts: { allowSelfAdd?: boolean } = {}) {
  const core = testCore();
  const w = genericWorkshop(core);
  const detail = call(core, 'workshop:get', { id: w.id });
  const server = await startParticipantServer({
    core,
    workshopId: w.id,
    pageDir: pageDir(),
    host: '127.0.0.1',
    roomToken: ROOM,
    joinCode: CODE,
    ...opts,
  });
  servers.push(server);
  const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
  return { core, w, detail, server, sort };
}

async function joined(server: ParticipantServer, participantId: string) {
  const phone = await Phone.connect(server.origin, ROOM);
  phone.send({ t: 'hello' });
  await phone.next('welcome');
  phone.send({ t: 'join', participantId });
  const j = await phone.next('joined');
  return { phone, deviceToken: j.deviceToken };
}

describe('participant server', () => {
  it('serves only the participant page: by link, by code, never the facilitator app', async () => {
    const { server } = await setup();
    expect((await http(server, 'GET', `/j/${ROOM}`)).body).toContain('Join');
    expect((await http(server, 'GET', '/')).body).toContain('Join');
    expect((await http(server, 'GET', '/j/wrong-token')).status).toBe(404);
    expect((await http(server, 'GET', '/index.html')).status).toBe(404);
    expect((await http(server, 'GET', '/assets/')).status).toBe(404);
    expect((await http(server, 'GET', '/assets/phone.js')).status).toBe(200);
    expect((await http(server, 'GET', `/j/${ROOM}`, undefined, `evil.example:${server.port}`)).status).toBe(421);
    const wrong = await http(server, 'POST', '/join', JSON.stringify({ code: 'XXXXXX' }));
    expect(wrong.status).toBe(400);
    const right = await http(server, 'POST', '/join', JSON.stringify({ code: 'acd efg' }));
    expect(JSON.parse(right.body)).toEqual({ ok: true, path: `/j/${ROOM}` });
  });

  it('answers an oversized join request with 413 and a sentence, not a connection reset', async () => {
    const { server } = await setup();
    const big = await http(server, 'POST', '/join', JSON.stringify({ code: 'A'.repeat(2000) }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, message: expect.stringContaining('join code') });
    const right = await http(server, 'POST', '/join', JSON.stringify({ code: 'ACDEFG' }));
    expect(right.status).toBe(200);
  });

  it('tells joined phones at once when the facilitator changes whether names go in the report', async () => {
    const { core, w, detail, server, sort } = await setup();
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    const { phone } = await joined(server, detail.participants[0]!.id);
    expect((await phone.next('state', (m) => m.activity?.id === sort.id)).activity?.naming).toBe('team');
    call(core, 'workshop:update', { id: w.id, patch: { namesInExports: true } });
    expect((await phone.next('state', (m) => m.activity?.naming === 'named')).activity?.id).toBe(sort.id);
  });

  it('slows down one client guessing codes without locking out the room', async () => {
    const { server } = await setup();
    let limited = 0;
    for (let i = 0; i < 15; i++) if ((await http(server, 'POST', '/join', JSON.stringify({ code: 'WRONG1' }))).status === 429) limited++;
    expect(limited).toBe(5);
    // The room's link and socket keep working for everyone.
    const phone = await Phone.connect(server.origin, ROOM);
    phone.send({ t: 'hello' });
    expect((await phone.next('welcome')).roster).toHaveLength(10);
  });

  it('refuses sockets with the wrong room token, Origin or Host', async () => {
    const { server } = await setup();
    await expect(Phone.connect(server.origin, 'x'.repeat(43))).rejects.toThrow('HTTP 401');
    await expect(Phone.connect(server.origin, ROOM, { origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(Phone.connect(server.origin, ROOM, { host: 'evil.example' })).rejects.toThrow('HTTP 421');
  });

  it('joins, follows the facilitator, and acknowledges a vote only after it is stored', async () => {
    const { core, w, detail, server, sort } = await setup();
    const dana = detail.participants[0]!;
    const { phone } = await joined(server, dana.id);
    expect(await phone.next('state')).toMatchObject({ stage: 'waiting', activity: null });
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    const state = await phone.next('state', (m) => m.activity?.id === sort.id);
    expect(state).toMatchObject({ stage: 'activity', locked: false, mine: {} });
    expect(JSON.stringify(state)).not.toContain('Reveal the split'); // facilitator notes never reach phones
    phone.send({ t: 'submit', seq: 1, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } });
    expect(await phone.next('ack')).toEqual({ t: 'ack', seq: 1, mine: { sig1: { column: 'col1' } } });
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: dana.id }).mine).toEqual({ sig1: { column: 'col1' } });
    // A replayed message (a retry after a lost ack) is acknowledged again and counted once.
    phone.send({ t: 'submit', seq: 1, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } });
    await phone.next('ack');
    const results = call(core, 'activity:results', { activityId: sort.id });
    expect((results.aggregate!.overall as { cards: { total: number }[] }).cards[0]!.total).toBe(1);
  });

  it('marks a name someone is answering as on another phone, for phones still picking, and clears it when they leave', async () => {
    const { detail, server } = await setup();
    const picking = await Phone.connect(server.origin, ROOM);
    picking.send({ t: 'hello' });
    const first = await picking.next('welcome');
    expect(first.roster.some((p: { joined?: boolean }) => p.joined)).toBe(false);
    const dana = detail.participants[0]!;
    const { phone } = await joined(server, dana.id);
    const marked = await picking.next('welcome');
    expect(marked.roster.find((p: { id: string }) => p.id === dana.id)).toMatchObject({ name: dana.name, joined: true });
    expect(marked.roster.filter((p: { joined?: boolean }) => p.joined)).toHaveLength(1);
    phone.ws.close();
    const cleared = await picking.next('welcome');
    expect(cleared.roster.some((p: { joined?: boolean }) => p.joined)).toBe(false);
  });

  it('resumes a device as the same person after a reconnect', async () => {
    const { core, w, detail, server, sort } = await setup();
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    const { phone, deviceToken } = await joined(server, detail.participants[6]!.id);
    phone.send({ t: 'submit', seq: 7, activityId: sort.id, itemKey: 'sig2', value: { column: 'col2' } });
    await phone.next('ack');
    phone.ws.close();
    const again = await Phone.connect(server.origin, ROOM);
    again.send({ t: 'hello', deviceToken });
    expect((await again.next('joined')).participant.id).toBe(detail.participants[6]!.id);
    expect((await again.next('state')).mine).toEqual({ sig2: { column: 'col2' } });
  });

  it('lets people add themselves when allowed, and not otherwise', async () => {
    const open = await setup();
    const phone = await Phone.connect(open.server.origin, ROOM);
    phone.send({ t: 'joinNew', name: 'Kim Park', team: 'marketing' });
    expect((await phone.next('joined')).participant).toMatchObject({ name: 'Kim Park', team: 'marketing' });
    const closed = await setup({ allowSelfAdd: false });
    const other = await Phone.connect(closed.server.origin, ROOM);
    other.send({ t: 'joinNew', name: 'Kim Park', team: 'marketing' });
    expect(await other.next('error')).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses writes to locked or other activities, and before joining', async () => {
    const { core, w, detail, server, sort } = await setup();
    call(core, 'run:start', { workshopId: w.id });
    const anon = await Phone.connect(server.origin, ROOM);
    anon.send({ t: 'submit', seq: 1, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } });
    expect(await anon.next('error')).toMatchObject({ seq: 1, code: 'UNAUTHORIZED' });
    const { phone } = await joined(server, detail.participants[1]!.id);
    phone.send({ t: 'submit', seq: 2, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } });
    expect(await phone.next('error')).toMatchObject({ seq: 2, code: 'CONFLICT' }); // not the current activity
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    call(core, 'run:set', { activityId: sort.id, locked: true });
    await phone.next('state', (m) => m.locked && m.activity?.id === sort.id);
    phone.send({ t: 'submit', seq: 3, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } });
    expect(await phone.next('error')).toMatchObject({ seq: 3, code: 'CONFLICT' });
  });

  it('closes a socket that sends more than 16 KiB with code 1009', async () => {
    const { server } = await setup();
    const phone = await Phone.connect(server.origin, ROOM);
    phone.send({ t: 'joinNew', name: 'x'.repeat(17 * 1024), team: 'sales' });
    expect(await phone.closed()).toBe(1009);
  });

  it('rate-limits one chatty connection', async () => {
    const { server } = await setup();
    const phone = await Phone.connect(server.origin, ROOM);
    for (let i = 0; i < 100; i++) phone.send({ t: 'ping' });
    expect(await phone.next('error', (m) => m.code === 'RATE_LIMITED')).toBeTruthy();
  });

  it('closes every phone socket within 1 s when the room closes, and refuses new ones', async () => {
    const { detail, server } = await setup();
    const phones = await Promise.all(detail.participants.slice(0, 5).map((p) => joined(server, p.id)));
    const started = performance.now();
    await server.close();
    const codes = await Promise.all(phones.map((p) => p.phone.closed()));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(codes.every((c) => c === 1001)).toBe(true);
    expect(phones.every((p) => p.phone.messages.some((m) => m.t === 'closed'))).toBe(true);
    await expect(Phone.connect(server.origin, ROOM)).rejects.toThrow();
    servers.splice(servers.indexOf(server), 1);
  });

  it('answers malformed messages with an error and writes nothing', async () => {
    const { core, server } = await setup();
    const before = dumpRows(core);
    const phone = await Phone.connect(server.origin, ROOM);
    for (const bad of ['nope', '{}', '[]', '{"t":"join"}', '{"t":"join","participantId":"missing"}', '{"t":"submit","seq":-1}', 'null']) {
      phone.send(bad);
      await phone.next('error');
    }
    expect(dumpRows(core)).toBe(before);
  });
});

describe('what the facilitator opens to the room', () => {
  it('reaches phones with the next state: the retro themes once the vote opens, never the cards', async () => {
    const { core, w, detail, server } = await setup();
    const retro = call(core, 'activity:add', { workshopId: w.id, kind: 'retro' });
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: retro.id });
    const { phone } = await joined(server, detail.participants[2]!.id);
    expect((await phone.next('state', (m) => m.activity?.id === retro.id)).activity?.shared).toEqual({ voting: false, themes: [] });
    call(core, 'response:submit', {
      activityId: retro.id,
      participantId: detail.participants[0]!.id,
      itemKey: 'card-aaaa1',
      value: { prompt: 'broke', text: 'A secret card' },
    });
    const board = { clusters: [{ id: 'k1', name: 'Slow follow-up', cardKeys: [`${detail.participants[0]!.id}/card-aaaa1`] }], voting: true };
    call(core, 'run:setBoard', { activityId: retro.id, board });
    const state = await phone.next('state', (m) => (m.activity?.shared as { voting?: boolean } | undefined)?.voting === true);
    expect(state.activity?.shared).toEqual({ voting: true, themes: [{ id: 'k1', name: 'Slow follow-up' }] });
    expect(JSON.stringify(state)).not.toContain('A secret card');
  });
});
