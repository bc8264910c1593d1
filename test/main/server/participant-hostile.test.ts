import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startParticipantServer } from '../../../src/main/server/participant-server';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { Phone } from '../../helpers/phone';
import { genericWorkshop } from '../../helpers/generic-workshop';

const ROOM = 'h'.repeat(43);
const HOSTILE_MESSAGES = 10_000;

/** Every table except the legitimate writes' own rows and timestamps. */
function withoutLegit(dump: string): string {
  return dump
    .split('\n')
    .filter((line) => !line.startsWith('responses:'))
    .join('\n')
    .replace(/"last_seen_at":"[^"]+"/g, '');
}

describe('participant server under hostile traffic', () => {
  it(`survives ${HOSTILE_MESSAGES + HOSTILE_MESSAGES / 10} hostile or malformed messages and stores only the legitimate writes`, async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const other = genericWorkshop(core);
    const mine = call(core, 'workshop:get', { id: w.id });
    const theirs = call(core, 'workshop:get', { id: other.id });
    const sort = mine.activities.find((a) => a.kind === 'cardsort')!;
    const page = tempDir();
    writeFileSync(join(page, 'participant.html'), 'x');
    mkdirSync(join(page, 'assets'));
    const server = await startParticipantServer({
      core,
      workshopId: w.id,
      pageDir: page,
      host: '127.0.0.1',
      roomToken: ROOM,
      joinCode: 'ACDEFG',
      allowSelfAdd: false,
      rate: { perSecond: 1e6, burst: 1e6 },
    });

    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    const legit = await Phone.connect(server.origin, ROOM);
    legit.send({ t: 'join', participantId: mine.participants[0]!.id });
    await legit.next('joined');
    const insider = await Phone.connect(server.origin, ROOM); // a real participant who misbehaves
    insider.send({ t: 'join', participantId: mine.participants[5]!.id });
    await insider.next('joined');
    const before = withoutLegit(dumpRows(core));

    const ids = fc.constantFrom(
      ...theirs.activities.map((a) => a.id),
      ...mine.activities.filter((a) => a.id !== sort.id).map((a) => a.id),
      ...theirs.participants.map((p) => p.id),
      w.id,
      other.id,
      '',
      'x'.repeat(70),
    );
    const wildValue = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({ column: fc.string({ maxLength: 100 }) }),
      fc.constant({ column: 'col1', note: 'n'.repeat(300) }),
    );
    const hostile = fc.oneof(
      fc.string({ maxLength: 200 }), // not JSON, mostly
      fc.json({ maxDepth: 3 }),
      fc.string({ minLength: 1000, maxLength: 15_000, unit: 'grapheme-ascii' }).map((s) => JSON.stringify({ t: 'joinNew', name: s, team: 'sales' })),
      fc
        .record({ t: fc.constantFrom('hello', 'join', 'joinNew', 'submit', 'leave', 'admin', 'run:next', 'workshop:purge'), id: ids })
        .map((m) => JSON.stringify(m)),
      fc.record({ t: fc.constant('join'), participantId: ids }).map((m) => JSON.stringify(m)),
      fc
        .record({ t: fc.constant('joinNew'), name: fc.string({ maxLength: 90 }), team: fc.constantFrom('sales', 'marketing', 'ceo', 1) })
        .map((m) => JSON.stringify(m)),
      fc.record({ t: fc.constant('hello'), deviceToken: fc.string({ minLength: 43, maxLength: 43 }) }).map((m) => JSON.stringify(m)),
      fc
        .record({ t: fc.constant('submit'), seq: fc.integer(), activityId: ids, itemKey: fc.string({ maxLength: 80 }), value: wildValue })
        .map((m) => JSON.stringify(m)),
      fc
        .record({ t: fc.constant('submit'), seq: fc.nat(), activityId: fc.constant(sort.id), itemKey: fc.string({ maxLength: 70 }), value: wildValue })
        .map((m) => JSON.stringify(m)),
    );
    // Well-formed writes the insider may not make: to activities that are not on screen.
    const dotvote = mine.activities.find((a) => a.kind === 'dotvote')!;
    const ranking = mine.activities.find((a) => a.kind === 'ranking')!;
    const theirSort = theirs.activities.find((a) => a.kind === 'cardsort')!;
    const forbidden = fc
      .constantFrom(
        { t: 'submit', seq: 9, activityId: dotvote.id, itemKey: 'opt1', value: { dots: 2 } },
        { t: 'submit', seq: 9, activityId: ranking.id, itemKey: 'order', value: { order: ['kpi1', 'kpi2', 'kpi3', 'kpi4', 'kpi5'] } },
        { t: 'submit', seq: 9, activityId: theirSort.id, itemKey: 'sig1', value: { column: 'col1' } },
      )
      .map((m) => JSON.stringify(m));
    const messages = fc.sample(hostile, { numRuns: HOSTILE_MESSAGES, seed: 20261127 });
    const insiderMessages = fc.sample(
      fc.oneof(
        forbidden,
        hostile.filter((m) => m.length < 8000),
      ),
      { numRuns: 1000, seed: 7 },
    );
    const sockets = await Promise.all([0, 1, 2].map(() => Phone.connect(server.origin, ROOM)));
    const expected = new Map<string, unknown>();
    let seq = 0;
    for (let i = 0; i < messages.length; i++) {
      const s = sockets[i % sockets.length]!;
      if (s.closeCode !== null) sockets[i % sockets.length] = await Phone.connect(server.origin, ROOM);
      sockets[i % sockets.length]!.send(messages[i]!);
      if (i % 10 === 0) {
        insider.send(insiderMessages[i / 10]!);
        expect(insider.closeCode).toBeNull();
      }
      if (i === 5000) {
        // Half-way: the facilitator locks the activity, the insider tries a well-formed write, then it unlocks.
        call(core, 'run:set', { activityId: sort.id, locked: true });
        insider.send({ t: 'submit', seq: 1, activityId: sort.id, itemKey: 'sig3', value: { column: 'col1' } });
        await insider.next('error', (m) => m.seq === 1);
        call(core, 'run:set', { activityId: sort.id, locked: false });
      }
      if (i % 250 === 0) {
        // Legitimate votes keep flowing, some replayed, while the noise goes on.
        const card = `sig${1 + (i % 12)}`;
        const value = { column: `col${1 + (i % 3)}` };
        legit.send({ t: 'submit', seq: ++seq, activityId: sort.id, itemKey: card, value });
        legit.send({ t: 'submit', seq, activityId: sort.id, itemKey: card, value });
        expected.set(card, value);
        await legit.next('ack', (m) => m.seq === seq);
        await legit.next('ack', (m) => m.seq === seq);
      }
      if (i % 500 === 499) {
        const live = [insider, ...sockets].filter((p) => p.closeCode === null);
        for (const p of live) p.send({ t: 'ping' });
        await Promise.all(live.map((p) => p.next('pong', () => true, 10_000)));
        for (const p of live) p.messages.length = 0;
      }
    }

    // Still up: a new phone gets the welcome.
    const fresh = await Phone.connect(server.origin, ROOM);
    fresh.send({ t: 'hello' });
    expect((await fresh.next('welcome')).roster).toHaveLength(10);

    // Byte for byte the same, except the legitimate answers, which are exactly what was acknowledged.
    expect(withoutLegit(dumpRows(core))).toBe(before);
    const stored = call(core, 'activity:results', { activityId: sort.id });
    expect(stored.respondents.map((r) => r.participantId)).toEqual([mine.participants[0]!.id]);
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: mine.participants[0]!.id }).mine).toEqual(Object.fromEntries(expected));
    const untouched = [...theirs.activities, ...mine.activities.filter((a) => a.id !== sort.id)].filter((a) => a.kind !== 'slide' && a.kind !== 'break');
    for (const a of untouched) expect(call(core, 'activity:results', { activityId: a.id }).respondents, a.title).toEqual([]);
    await server.close();
  }, 120_000);
});
