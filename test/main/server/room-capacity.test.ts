import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer, type ParticipantServerOptions } from '../../../src/main/server/participant-server';
import { createRoomController, type RoomController } from '../../../src/main/server/room';
import { JOIN_CODE_ALPHABET } from '../../../src/main/server/join-code';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { Phone } from '../../helpers/phone';
import { genericWorkshop } from '../../helpers/generic-workshop';

// Issue 11, items 4–6: a room of up to 1,000 real people stays open under floods of
// idle sockets, self-added names and join-code guesses.

const ROOM = 'c'.repeat(43);
const CODE = 'ACDEFG';

function pageDir() {
  const dir = tempDir();
  writeFileSync(join(dir, 'participant.html'), '<!doctype html><title>Join</title>');
  mkdirSync(join(dir, 'assets'));
  return dir;
}

const servers: ParticipantServer[] = [];
const rooms: RoomController[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const r of rooms.splice(0)) await r.close();
});

async function setup(opts: Partial<ParticipantServerOptions> = {}) {
  const core = testCore();
  const w = genericWorkshop(core);
  const server = await startParticipantServer({ core, workshopId: w.id, pageDir: pageDir(), host: '127.0.0.1', roomToken: ROOM, joinCode: CODE, ...opts });
  servers.push(server);
  return { core, w, server, detail: call(core, 'workshop:get', { id: w.id }) };
}

/** POST /join from a chosen loopback address (all of 127.0.0.0/8 reaches the server). */
function postCode(port: number, code: string, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; body: { ok: boolean; path?: string; message?: string } }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress, method: 'POST', path: '/join', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { ok: boolean } }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ code }));
  });
}

/** A code of the same length that is not `code`. */
const wrongCode = (code: string, i: number) => {
  const c = [...code];
  c[i % c.length] = JOIN_CODE_ALPHABET[(JOIN_CODE_ALPHABET.indexOf(c[i % c.length]!) + 1 + (i % 7)) % JOIN_CODE_ALPHABET.length]!;
  return c.join('');
};

async function addSelf(server: ParticipantServer, name: string) {
  const phone = await Phone.connect(server.origin, ROOM);
  phone.send({ t: 'joinNew', name, team: 'sales' });
  return { phone, reply: await Promise.race([phone.next('joined'), phone.next('error')]) };
}

describe('the room stays open for real people', () => {
  it('closes a socket that does not pick a name in time, with a reason, and keeps joined phones', async () => {
    const { server, detail } = await setup({ joinWithinMs: 200 });
    const member = await Phone.connect(server.origin, ROOM);
    member.send({ t: 'join', participantId: detail.participants[0]!.id });
    await member.next('joined');
    const silent = await Phone.connect(server.origin, ROOM);
    const reading = await Phone.connect(server.origin, ROOM);
    reading.send({ t: 'hello' });
    await reading.next('welcome');
    const reason = new Promise<string>((resolve) => silent.ws.once('close', (_code, why) => resolve(String(why))));
    expect(await silent.closed()).toBe(4001);
    expect(await reason).toMatch(/No name picked within/);
    expect(await reading.closed()).toBe(4001);
    // The joined phone was opened first, so its time was up first: still here, still answered.
    member.send({ t: 'ping' });
    await member.next('pong');
    expect(member.closeCode).toBeNull();
    expect(server.connections()).toBe(1);
  });

  it('refuses a 21st socket from one address before the handshake, and lets one in when another leaves', async () => {
    const { server } = await setup();
    const twenty = await Promise.all(Array.from({ length: 20 }, () => Phone.connect(server.origin, ROOM)));
    await expect(Phone.connect(server.origin, ROOM)).rejects.toThrow('HTTP 429');
    twenty[0]!.ws.close();
    await twenty[0]!.closed();
    await expect.poll(() => server.connections()).toBe(19);
    const again = await Phone.connect(server.origin, ROOM);
    again.send({ t: 'hello' });
    await again.next('welcome');
  });

  it('adds one name per phone and a few per address a minute, with sentences a person can act on', async () => {
    const { server } = await setup({ selfAddPerAddress: { max: 2, windowMs: 60_000 } });
    const first = await addSelf(server, 'Kim Park');
    expect(first.reply).toMatchObject({ t: 'joined' });
    first.phone.send({ t: 'leave' });
    await first.phone.next('welcome');
    first.phone.send({ t: 'joinNew', name: 'Kim Park 2', team: 'sales' });
    expect((await first.phone.next('error')).message).toMatch(/^This phone has already added a name/);
    expect((await addSelf(server, 'Lee Chan')).reply).toMatchObject({ t: 'joined' });
    const third = await addSelf(server, 'Ana Silva');
    expect(third.reply).toMatchObject({ t: 'error', code: 'CONFLICT' });
    expect((third.reply as { message: string }).message).toMatch(/Wait a minute and try again, or ask the facilitator to add you\.$/);
    expect(server.selfAdd()).toMatchObject({ added: 2 });
  });

  it('stops self-add at the workshop’s ceiling, says so, and lets more in when the facilitator raises it', async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    let changes = 0;
    const room = createRoomController({
      core,
      pageDir: pageDir(),
      listHosts: () => [{ address: '127.0.0.1', interface: 'lo', label: 'This computer' }],
      onChange: () => changes++,
      serverOptions: { selfAddPerAddress: { max: 100, windowMs: 60_000 } },
    });
    rooms.push(room);
    const info = await room.open({ workshopId: w.id, selfAddLimit: 2 });
    expect(info).toMatchObject({ selfAddLimit: 2, selfAdded: 0 });
    const token = new URL(info.joinUrl).pathname.slice(3);
    const add = async (name: string) => {
      const phone = await Phone.connect(info.origin, token);
      phone.send({ t: 'joinNew', name, team: 'marketing' });
      return Promise.race([phone.next('joined'), phone.next('error')]);
    };
    expect(await add('One Person')).toMatchObject({ t: 'joined' });
    expect(await add('Two Person')).toMatchObject({ t: 'joined' });
    expect(await add('Three Person')).toEqual({
      t: 'error',
      code: 'CONFLICT',
      message: 'The list is full: ask the facilitator to add you.',
      reason: 'LIST_FULL',
    });
    const looking = await Phone.connect(info.origin, token);
    looking.send({ t: 'hello' });
    expect((await looking.next('welcome')).allowSelfAdd).toBe(false);
    expect(room.status()).toMatchObject({ selfAdded: 2, selfAddLimit: 2 });

    const before = changes;
    expect(await room.open({ workshopId: w.id, selfAddLimit: 3 })).toMatchObject({ selfAddLimit: 3, joinUrl: info.joinUrl });
    expect(changes).toBeGreaterThan(before);
    expect((await looking.next('welcome')).allowSelfAdd).toBe(true);
    expect(await add('Three Person')).toMatchObject({ t: 'joined' });
    expect(call(core, 'workshop:get', { id: w.id }).participants.filter((p) => p.name.endsWith(' Person'))).toHaveLength(3);
  });

  it('sends phones on the name list at most one list per second during a self-add flood, the last one complete, and idle sockets none', async () => {
    const { server } = await setup({ selfAddPerAddress: { max: 1000, windowMs: 60_000 }, maxPerAddress: 1000 });
    const reader = await Phone.connect(server.origin, ROOM);
    reader.send({ t: 'hello' });
    await reader.next('welcome');
    const idle = await Phone.connect(server.origin, ROOM);
    let rosterMessages = 0;
    let rosterBytes = 0;
    reader.ws.on('message', (data: WebSocket.RawData) => {
      if (String(data).startsWith('{"t":"welcome"')) {
        rosterMessages++;
        rosterBytes += String(data).length;
      }
    });
    const started = performance.now();
    const flood = 60;
    for (let i = 0; i < flood; i++) expect((await addSelf(server, `Flood ${i}`)).reply).toMatchObject({ t: 'joined' });
    const elapsed = performance.now() - started;
    const last = await reader.next('welcome', (m) => m.roster.some((p: { name: string }) => p.name === `Flood ${flood - 1}`), 5000);
    expect(last.roster).toHaveLength(10 + flood);
    // The bound follows from the 1 s window: one at the start of each second of the flood, plus the trailing one.
    const bound = Math.ceil(elapsed / 1000) + 1;
    expect(rosterMessages).toBeLessThanOrEqual(bound);
    expect(rosterBytes).toBeLessThanOrEqual(bound * JSON.stringify(last).length);
    expect(idle.messages).toEqual([]);
  });

  it('always accepts the right code, slows down only the guessing address, and lengthens the code after too many wrong ones room-wide', async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const codes: string[] = [];
    const room = createRoomController({
      core,
      pageDir: pageDir(),
      listHosts: () => [{ address: '127.0.0.1', interface: 'lo', label: 'This computer' }],
      onChange: () => codes.push(room.status()?.joinCode ?? ''),
      serverOptions: { joinCodeBudget: { wrongPerCode: 40 } },
    });
    rooms.push(room);
    const info = await room.open({ workshopId: w.id });
    const port = info.port;
    const token = new URL(info.joinUrl).pathname.slice(3);
    const member = await Phone.connect(info.origin, token);
    member.send({ t: 'join', participantId: call(core, 'workshop:get', { id: w.id }).participants[0]!.id });
    await member.next('joined');

    // One address: 10 wrong codes a minute, then 429 for its wrong codes — but never for the right one.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await postCode(port, wrongCode(info.joinCode, i))).status);
    expect(statuses).toEqual([...Array<number>(10).fill(400), 429, 429]);
    expect(await postCode(port, info.joinCode.toLowerCase())).toEqual({ status: 200, body: { ok: true, path: `/j/${token}` } });
    // Another address is not slowed down by the first.
    expect((await postCode(port, wrongCode(info.joinCode, 1), '127.0.0.2')).status).toBe(400);

    // Guesses rotating over many addresses: after 40 wrong codes room-wide the code is replaced by a longer one.
    for (let i = 13; i < 40; i++) await postCode(port, wrongCode(info.joinCode, i), `127.0.0.${3 + i}`);
    const now = room.status()!;
    expect(now.joinCode).not.toBe(info.joinCode);
    expect(now.joinCode).toHaveLength(7);
    expect(codes.at(-1)).toBe(now.joinCode);
    const stale = await postCode(port, info.joinCode, '127.0.0.99');
    expect(stale).toEqual({ status: 400, body: { ok: false, message: 'The code on the screen has just changed. Type the new code.', reason: 'CODE_CHANGED' } });
    expect((await postCode(port, now.joinCode, '127.0.0.1')).status).toBe(200);
    // The QR link (room token) and the phones already in are unaffected.
    expect(now.joinUrl).toBe(info.joinUrl);
    member.send({ t: 'ping' });
    await member.next('pong');
  });
});
