import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import { isStorageErrorCode } from '../../../src/shared/api/result';
import { call, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { Phone } from '../../helpers/phone';
import { tempDir } from '../../helpers/temp-dir';
import { fillDisk } from './full-disk';

const ROOM = 'r'.repeat(43);
const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

function pageDir() {
  const dir = tempDir();
  writeFileSync(join(dir, 'participant.html'), '<!doctype html><title>Join</title>');
  mkdirSync(join(dir, 'assets'));
  return dir;
}

describe('a phone answering while the facilitator’s disk is full', () => {
  it('hears a storage error (so it keeps the answer), nothing is stored, and the same answer is saved once space is freed', async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const detail = call(core, 'workshop:get', { id: w.id });
    const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
    const dana = detail.participants[0]!;
    const server = await startParticipantServer({ core, workshopId: w.id, pageDir: pageDir(), host: '127.0.0.1', roomToken: ROOM, joinCode: 'ACDEFG' });
    servers.push(server);
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });

    const phone = await Phone.connect(server.origin, ROOM);
    phone.send({ t: 'hello' });
    await phone.next('welcome');
    phone.send({ t: 'join', participantId: dana.id });
    await phone.next('joined');
    await phone.next('state', (m) => m.activity?.id === sort.id);

    const free = fillDisk(core, sort.id, dana.id);
    const answer = { t: 'submit', seq: 1, activityId: sort.id, itemKey: 'sig1', value: { column: 'col1' } };
    const quiet = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    phone.send(answer);
    const refused = await phone.next('error');
    console.error = quiet;
    if (refused.code !== 'STORAGE_FULL') quiet(logged);
    expect(refused).toMatchObject({ t: 'error', seq: 1, code: 'STORAGE_FULL' });
    expect(isStorageErrorCode(refused.code)).toBe(true);
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: dana.id }).mine).not.toHaveProperty('sig1');

    free();
    phone.send(answer); // what the phone does: the same answer, the same seq
    expect(await phone.next('ack')).toMatchObject({ t: 'ack', seq: 1 });
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: dana.id }).mine).toMatchObject({ sig1: { column: 'col1' } });
  });
});
