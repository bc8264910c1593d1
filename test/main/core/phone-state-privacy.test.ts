import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCompConfig } from '../../../src/activities/comp/definition';
import { findDefinition } from '../../../src/activities/registry';
import { startParticipantServer, type ParticipantServer } from '../../../src/main/server/participant-server';
import type { Core } from '../../../src/main/core';
import { call } from '../../helpers/core';
import { Phone } from '../../helpers/phone';
import { tempDir } from '../../helpers/temp-dir';
import { alignmentRoom, noteFor, phoneOf, stringsIn, wire, type RoomActivity } from './alignment-room';

// Over a whole alignment day, a phone holds the current activity and only
// what its participant view needs: never the facilitator's notes, never
// another activity (past or coming), never another person's answers.

const cores: Core[] = [];
const servers: ParticipantServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const c of cores.splice(0)) c.close();
});

const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** Ben answers everything that takes free text, in words nobody else uses. */
function benWritesEverywhere(r: ReturnType<typeof alignmentRoom>): string[] {
  const said = [
    ['brainstorm', 'card-b1abc', { text: 'Ben: nobody sees my spreadsheet nights' }],
    ['persona', 'note-b1abc', { section: 'goals', text: 'Ben: they only want commission' }],
    ['retro', 'card-b1abc', { text: 'Ben: the leads we sent in May vanished', prompt: 'broke' }],
    ['commitments', 'pledge', { text: 'Ben: I will call Ana every Monday' }],
    ['cardsort', 'cs1', { column: 'custom:Ben: neither of us' }],
  ] as const;
  for (const [kind, itemKey, value] of said) call(r.core, 'response:submit', { activityId: r.of(kind).id, participantId: r.ben.id, itemKey, value });
  call(r.core, 'response:submit', { activityId: r.of('comp').id, participantId: r.ben.id, itemKey: 'last-day', value: { option: 'a1' } });
  return said.map(([, , v]) => ('text' in v ? v.text : v.column.slice('custom:'.length)));
}

/** Long strings of every other activity that do not also belong to this one. */
function othersContent(current: RoomActivity, all: readonly RoomActivity[]): string[] {
  const own = wire({ title: current.title, config: current.config });
  return all
    .filter((a) => a.id !== current.id)
    .flatMap((a) => [a.title, ...stringsIn(a.config, 12)])
    .filter((text) => !own.includes(inJson(text)));
}

describe('a phone through the whole alignment day', () => {
  it('holds the current activity only: no facilitator notes, no other activity, nobody else’s answers', () => {
    const r = alignmentRoom();
    cores.push(r.core);
    const bens = benWritesEverywhere(r);
    for (const a of r.activities) {
      call(r.core, 'run:goto', { workshopId: r.workshopId, activityId: a.id });
      const state = phoneOf(r.core, r.workshopId, r.ana.id);
      const sees = wire(state);
      expect(state.activity).toMatchObject({ id: a.id, kind: a.kind, title: a.title });
      const leaks = [
        ...r.activities.map(noteFor).filter((note) => sees.includes(inJson(note))),
        ...othersContent(a, r.activities).filter((text) => sees.includes(inJson(text))),
        ...bens.filter((text) => sees.includes(inJson(text))),
        ...[r.ben.id, r.ben.name].filter((text) => sees.includes(text)),
      ];
      expect({ activity: a.title, leaks }).toEqual({ activity: a.title, leaks: [] });
      expect(state.mine).toEqual(findDefinition(a.kind)?.interactive ? call(r.core, 'response:mine', { activityId: a.id, participantId: r.ana.id }).mine : {});
    }
  });

  it('holds nothing of the agenda before the run starts or after it ends', () => {
    const r = alignmentRoom({ start: false });
    cores.push(r.core);
    expect(phoneOf(r.core, r.workshopId, r.ana.id)).toEqual({ stage: 'waiting', activity: null, locked: true, mine: {}, language: 'en' });
    call(r.core, 'run:start', { workshopId: r.workshopId });
    call(r.core, 'run:end', { workshopId: r.workshopId });
    expect(phoneOf(r.core, r.workshopId, r.ana.id)).toEqual({ stage: 'ended', activity: null, locked: true, mine: {}, language: 'en' });
  });
});

describe('a phone gets only the settings its screen needs', () => {
  function atKind(kind: string) {
    const r = alignmentRoom();
    cores.push(r.core);
    const a = r.of(kind);
    call(r.core, 'run:goto', { workshopId: r.workshopId, activityId: a.id });
    return { a, sees: wire(phoneOf(r.core, r.workshopId, r.ana.id)), r };
  }

  it('slides and breaks: not the slide’s text, points or picture (the projector shows them; phones say “eyes on the main screen”)', () => {
    const { a, sees } = atKind('slide');
    const config = a.config as { text: string; bullets: string[] };
    for (const text of [config.text, ...config.bullets].filter(Boolean)) expect(sees).not.toContain(inJson(text));
    expect(atKind('break').sees).not.toContain('Back in fifteen minutes');
  });

  it('commitments: the pledge question and whether shadowing is asked, not the reports or the meeting being planned', () => {
    const { a, sees } = atKind('commitments');
    const config = a.config as { pledgePrompt: string; reports: { what: string }[]; meeting: { topic: string } };
    expect(sees).toContain(inJson(config.pledgePrompt));
    for (const text of [...config.reports.map((x) => x.what), config.meeting.topic]) expect(sees).not.toContain(inJson(text));
  });

  it('buying map: each stage’s name and goal, not the facilitator’s touchpoints, owners and content notes', () => {
    const { a, sees } = atKind('buyingmap');
    const stages = (a.config as { segments: { stages: { name: string; goal: string; touchpoints: string; content: string }[] }[] }).segments.flatMap(
      (s) => s.stages,
    );
    for (const s of stages) {
      expect(sees).toContain(inJson(s.name));
      expect(sees).toContain(inJson(s.goal));
      expect(sees).not.toContain(inJson(s.touchpoints));
      expect(sees).not.toContain(inJson(s.content));
    }
  });

  it('comp: the open poll, not the pay plan, the deal patterns or the marketer’s salary', () => {
    const { a, sees, r } = atKind('comp');
    expect(sees).not.toContain('"plan"');
    expect(sees).not.toContain('"patterns"');
    expect(sees).not.toContain('"marketer"');
    call(r.core, 'run:setBoard', { activityId: a.id, board: { view: 'poll', patternId: null, scenarioId: 'capped', takeaways: [] } });
    const poll = phoneOf(r.core, r.workshopId, r.ana.id).activity!.config as { scenarios: { id: string }[] };
    expect(poll.scenarios.map((s) => s.id)).toEqual(['capped']);
  });
});

describe('a real phone over the room’s WebSocket', () => {
  it('receives no situation of the comp polls until the facilitator opens one, then that one', async () => {
    const r = alignmentRoom();
    cores.push(r.core);
    const pageDir = tempDir();
    writeFileSync(join(pageDir, 'participant.html'), '<!doctype html><title>Join</title>');
    mkdirSync(join(pageDir, 'assets'));
    const room = 'r'.repeat(43);
    const server = await startParticipantServer({ core: r.core, workshopId: r.workshopId, pageDir, host: '127.0.0.1', roomToken: room, joinCode: 'ACDEFG' });
    servers.push(server);
    const comp = r.of('comp');
    const phone = await Phone.connect(server.origin, room);
    const heard: string[] = [];
    phone.ws.on('message', (data) => heard.push(String(data)));
    phone.send({ t: 'hello' });
    await phone.next('welcome');
    phone.send({ t: 'join', participantId: r.ana.id });
    await phone.next('joined');
    call(r.core, 'run:goto', { workshopId: r.workshopId, activityId: comp.id });
    await phone.next('state', (m) => m.activity?.id === comp.id);
    const prompts = defaultCompConfig().scenarios.map((s) => s.prompt);
    const before = heard.join('\n');
    expect(prompts.filter((p) => before.includes(inJson(p)))).toEqual([]);

    call(r.core, 'run:setBoard', { activityId: comp.id, board: { view: 'poll', patternId: null, scenarioId: 'late-lead', takeaways: [] } });
    const opened = await phone.next('state', (m) => JSON.stringify(m).includes('Friday afternoon'));
    expect(prompts.filter((p) => JSON.stringify(opened).includes(inJson(p)))).toEqual([prompts[3]]);
    phone.ws.close();
  });
});
