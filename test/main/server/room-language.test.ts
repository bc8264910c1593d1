import { copyFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { Phone } from '../../helpers/phone';
import { genericWorkshop } from '../../helpers/generic-workshop';

// The workshop's language reaches the room (#19): the welcome and each state a phone hears carry
// it, a change by the facilitator follows live, and the room server's own words (its first screen,
// refusals, closing) are said in it, each refusal with a reason a phone says in its own language.
// A real core on SQLite and a real server on 127.0.0.1 with the page template from the source tree.

const ROOM = 'r'.repeat(43);
const CODE = 'ACDEFG';
const TEMPLATE = join(import.meta.dirname, '../../../src/renderer/phone/participant.html');

const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup(language: 'en' | 'de' | 'fr' | 'es', opts: { allowSelfAdd?: boolean } = {}) {
  const core = testCore();
  const w = genericWorkshop(core);
  call(core, 'workshop:update', { id: w.id, patch: { language } });
  const pageDir = tempDir();
  copyFileSync(TEMPLATE, join(pageDir, 'participant.html'));
  mkdirSync(join(pageDir, 'assets'));
  const server = await startParticipantServer({
    core,
    workshopId: w.id,
    pageDir,
    host: '127.0.0.1',
    roomToken: ROOM,
    joinCode: CODE,
    rosterEveryMs: 20,
    ...opts,
  });
  servers.push(server);
  const people = call(core, 'workshop:get', { id: w.id }).participants;
  return { core, w, server, people };
}

function http(server: ParticipantServer, method: string, path: string, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function onNameList(server: ParticipantServer) {
  const phone = await Phone.connect(server.origin, ROOM);
  phone.send({ t: 'hello' });
  return { phone, welcome: await phone.next('welcome') };
}

describe('the workshop’s language on the room’s socket', () => {
  it('comes with the welcome and every state, and a change by the facilitator reaches joined phones and phones on the list at once', async () => {
    const { core, w, server, people } = await setup('de');
    const { phone: joined, welcome } = await onNameList(server);
    expect(welcome.language).toBe('de');
    joined.send({ t: 'join', participantId: people[0]!.id });
    await joined.next('joined');
    expect((await joined.next('state')).language).toBe('de');
    const { phone: looking } = await onNameList(server);

    call(core, 'workshop:update', { id: w.id, patch: { language: 'fr' } });
    expect((await joined.next('state', (m) => m.language === 'fr')).language).toBe('fr');
    expect((await looking.next('welcome', (m) => m.language === 'fr')).language).toBe('fr');
    joined.ws.close();
    looking.ws.close();
  });

  it('refuses a language outside the list with a clear error and changes nothing, over the API and over the socket', async () => {
    const { core, w, server } = await setup('de');
    const before = dumpRows(core);
    const r = core.dispatch('workshop:update', { id: w.id, patch: { language: 'it' } } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(JSON.stringify(r.error)).toContain('Use one of these languages: en, de, fr, es');
    }
    // A phone cannot set the workshop's language: the socket refuses the field, and the room stays German.
    const { phone } = await onNameList(server);
    phone.send({ t: 'hello', language: 'it' });
    expect((await phone.next('error')).code).toBe('VALIDATION');
    expect(dumpRows(core)).toBe(before);
    expect(call(core, 'workshop:get', { id: w.id }).workshop.language).toBe('de');
    phone.ws.close();
  });

  it('says its refusals and its goodbye in the workshop’s language, each with the reason a phone says in its own', async () => {
    const { server } = await setup('de', { allowSelfAdd: false });
    const { phone } = await onNameList(server);
    phone.send({ t: 'joinNew', name: 'Neu Person', team: 'sales' });
    expect(await phone.next('error')).toEqual({
      t: 'error',
      code: 'CONFLICT',
      reason: 'SELF_ADD_OFF',
      message: 'Bitten Sie die Moderation, Sie auf die Liste zu setzen.',
    });
    phone.send({ t: 'join', participantId: 'nobody-here' });
    expect(await phone.next('error')).toMatchObject({ reason: 'NOT_ON_LIST', message: expect.stringContaining('nicht auf der Liste') });
    phone.send({ t: 'submit', seq: 1, activityId: 'x', itemKey: 'k', value: 1 });
    expect(await phone.next('error')).toMatchObject({ seq: 1, reason: 'PICK_NAME_FIRST', message: 'Wählen Sie zuerst Ihren Namen.' });
    const closing = server.close();
    expect(await phone.next('closed')).toEqual({
      t: 'closed',
      reason: 'ROOM_CLOSED',
      message: 'Die Moderation hat den Raum für Handys geschlossen. Danke fürs Mitmachen!',
    });
    await closing;
  });
});

describe('a phone’s answer refused in its person’s language', () => {
  it('says why in the language the phone sends, else (none, or one the app does not speak) in the workshop’s', async () => {
    const { core, w, server, people } = await setup('de');
    const vote = call(core, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'dotvote')!;
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: vote.id });
    const { phone } = await onNameList(server);
    phone.send({ t: 'join', participantId: people[0]!.id });
    await phone.next('joined');
    await phone.next('state', (m) => m.activity?.id === vote.id);
    const submit = (seq: number, itemKey: string, dots: number, locale?: string) =>
      phone.send({ t: 'submit', seq, activityId: vote.id, itemKey, value: { dots }, ...(locale ? { locale } : {}) });

    submit(1, 'opt1', 3, 'fr');
    expect(await phone.next('ack')).toMatchObject({ seq: 1 });
    // 5 dots each, 3 spent: 2 left.
    submit(2, 'opt2', 3, 'fr');
    expect(await phone.next('error')).toEqual({ t: 'error', seq: 2, code: 'VALIDATION', message: 'Il vous reste 2 points.' });
    submit(3, 'opt2', 3, 'es');
    expect(await phone.next('error')).toMatchObject({ seq: 3, message: 'Te quedan 2 puntos.' });
    submit(4, 'opt2', 3);
    expect(await phone.next('error')).toMatchObject({ seq: 4, message: 'Sie haben noch 2 Punkte.' });
    submit(5, 'opt2', 3, 'pseudo');
    expect(await phone.next('error')).toMatchObject({ seq: 5, message: 'Sie haben noch 2 Punkte.' });
    // The value's own schema, too.
    submit(6, 'opt2', 0, 'es');
    expect(await phone.next('error')).toMatchObject({ seq: 6, message: 'dots: Usa un número entero de puntos, de 1 a 20.' });
    phone.send({ t: 'submit', seq: 7, activityId: vote.id, itemKey: 'opt2', value: { dots: 1 }, locale: 'x'.repeat(17) });
    expect(await phone.next('error')).toMatchObject({ seq: 7, code: 'VALIDATION' });
    expect(call(core, 'response:mine', { activityId: vote.id, participantId: people[0]!.id }).mine).toEqual({ opt1: { dots: 3 } });
    phone.ws.close();
  });
});

describe('the room server’s own pages in the workshop’s language', () => {
  it('writes the first screen in it and tells the script the workshop’s language', async () => {
    const { server, people } = await setup('de');
    const page = await http(server, 'GET', `/j/${ROOM}`);
    expect(page.body).toContain('<html lang="de" data-workshop-lang="de"');
    expect(page.body).toContain('Wer sind Sie? Tippen Sie auf Ihren Namen.');
    expect(page.body).toContain('Vertrieb</h2>');
    expect(page.body).not.toContain('Who are you?');
    expect(page.body).toContain(people[0]!.name); // what the facilitator typed stays as typed
    const code = await http(server, 'GET', '/');
    expect(code.body).toContain('<html lang="de" data-workshop-lang="de"');
    expect(code.body).toContain('Am Workshop teilnehmen');
    expect(code.body).toContain('Die Buchstaben und Ziffern auf dem Bildschirm, zum Beispiel ACD EFG.');
  });

  it('answers a wrong code, a stale link and a wrong address in it', async () => {
    const { server } = await setup('es');
    const wrong = await http(server, 'POST', '/join', JSON.stringify({ code: 'XXXXXX' }));
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body)).toEqual({ ok: false, reason: 'WRONG_CODE', message: 'Ese código no coincide. Revisa el código de la pantalla.' });
    const stale = await http(server, 'GET', `/j/${'x'.repeat(43)}`);
    expect(stale.status).toBe(404);
    expect(stale.body).toBe('Este enlace ya no es válido. Pide el código de la pantalla.');
    const missing = await http(server, 'GET', '/nothing-here');
    expect([missing.status, missing.body]).toEqual([404, 'No encontrado']);
  });

  it('keeps an English room’s page in English', async () => {
    const { server } = await setup('en');
    const page = await http(server, 'GET', `/j/${ROOM}`);
    expect(page.body).toContain('<html lang="en" data-workshop-lang="en"');
    expect(page.body).toContain('Who are you? Tap your name.');
    expect(page.body).toContain('Sales</h2>');
  });
});
