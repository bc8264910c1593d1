import { describe, expect, it } from 'vitest';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { SAMPLE_ROSTER } from '../../../src/main/services/sample';
import type { Core } from '../../../src/main/core';

// messaging:seeds (#18) on a real SQLite file: a two-workshop series where the first workshop ran a
// persona and a buying-process map; the second workshop's messaging brainstorm brings their pains and
// friction points in, each with its source and workshop.

function kickoffWithPersonaAndMap(core: Core) {
  const w1 = call(core, 'workshop:create', { title: 'Kickoff', date: '2027-01-20' });
  const people = call(core, 'participant:addMany', { workshopId: w1.id, people: SAMPLE_ROSTER.map((p) => ({ ...p })) });
  const [a, b, c] = people;
  const persona = call(core, 'activity:add', { workshopId: w1.id, kind: 'persona' });
  const note = (pid: string, key: string, section: string, text: string) =>
    call(core, 'response:submit', { activityId: persona.id, participantId: pid, itemKey: key, value: { section, text } });
  note(a!.id, 'note-aaaa', 'night', 'Missing quota in the last week of the quarter');
  note(b!.id, 'note-bbbb', 'distrust', 'Leads arrive without any context');
  note(c!.id, 'note-cccc', 'goals', 'Make President’s Club'); // a goal, not a pain
  note(c!.id, 'note-dddd', 'need', 'A one-pager per industry'); // on the ballot, but nobody votes for it
  note(a!.id, 'note-eeee', 'night', 'A raw note that never went to the vote');
  call(core, 'run:setBoard', {
    activityId: persona.id,
    board: {
      phase: 'vote',
      ballot: [
        { id: 'n1', key: `${a!.id}/note-aaaa`, section: 'night', text: 'Missing quota in the last week of the quarter' },
        { id: 'n2', key: `${b!.id}/note-bbbb`, section: 'distrust', text: 'Leads arrive without any context' },
        { id: 'n3', key: `${c!.id}/note-cccc`, section: 'goals', text: 'Make President’s Club' },
        { id: 'n4', key: `${c!.id}/note-dddd`, section: 'need', text: 'A one-pager per industry' },
      ],
      hidden: [],
      agreed: ['n1'],
      lastId: 4,
    },
  });
  call(core, 'response:submit', { activityId: persona.id, participantId: b!.id, itemKey: 'v-n2', value: { dots: 2 } });
  call(core, 'response:submit', { activityId: persona.id, participantId: c!.id, itemKey: 'v-n3', value: { dots: 3 } });

  const map = call(core, 'activity:add', { workshopId: w1.id, kind: 'buyingmap' });
  for (const p of [a!, b!]) call(core, 'response:submit', { activityId: map.id, participantId: p.id, itemKey: 'mid.evaluate.stall', value: { placed: true } });
  call(core, 'response:submit', { activityId: map.id, participantId: c!.id, itemKey: 'ent.decide.nocontent', value: { placed: true } });
  call(core, 'run:setBoard', { activityId: map.id, board: { segmentId: null, focus: [{ key: 'mid.decide.lose', note: 'Legal takes six weeks' }] } });
  return w1;
}

describe('messaging:seeds', () => {
  it('brings the persona pains and buying-map friction points of an earlier workshop of the series into the next one, with sources', () => {
    const clock = manualClock();
    const core = testCore(tempDir(), clock.now);
    const w1 = kickoffWithPersonaAndMap(core);
    call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: w1.id });
    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1.id });

    const report = call(core, 'messaging:seeds', { workshopId: w2.id });
    expect(report.series).toBe('ACME alignment 2027');
    expect(report.earlier).toBe(1);
    const from = { workshopTitle: 'Kickoff', date: '2027-01-20' };
    expect(report.seeds.map(({ id: _id, ...s }) => s)).toEqual([
      // Agreed first, then voted; goals and notes nobody voted for stay out, and so do raw notes never put to the vote.
      { text: 'Missing quota in the last week of the quarter', source: 'persona', about: 'What keeps them up at night', from },
      { text: 'Leads arrive without any context', source: 'persona', about: 'Why they distrust marketing', from },
      // The friction point the room chose to fix, then the most marked.
      { text: 'Deciding: we lose them here (Legal takes six weeks)', source: 'buyingmap', about: 'Mid-market · the room chose to fix this', from },
      { text: 'Evaluating: deals stall here', source: 'buyingmap', about: 'Mid-market · marked by 2 people', from },
      { text: 'Deciding: no content here', source: 'buyingmap', about: 'Enterprise · marked by 1 person', from },
    ]);
    expect(new Set(report.seeds.map((s) => s.id)).size).toBe(report.seeds.length);
    expect(report.message).toBe('Found 2 persona pains and 3 friction points in the earlier workshop of “ACME alignment 2027”.');

    // A German next meeting: the words around the room's own are German (the map's English markers keep their text, German capitals kept).
    call(core, 'workshop:update', { id: w2.id, patch: { language: 'de' } });
    const german = call(core, 'messaging:seeds', { workshopId: w2.id }).seeds.filter((s) => s.source === 'buyingmap');
    expect(german.map((s) => s.about)).toEqual([
      'Mid-market · vom Raum zum Beheben gewählt',
      'Mid-market · von 2 Personen markiert',
      'Enterprise · von 1 Person markiert',
    ]);
    expect(german[1]!.text).toBe('Evaluating: Deals stall here'); // a noun's capital kept the German way
    call(core, 'workshop:update', { id: w2.id, patch: { language: 'en' } });

    // The seeds fit a messaging brainstorm's config as they are.
    const messaging = call(core, 'activity:add', { workshopId: w2.id, kind: 'messaging' });
    const updated = call(core, 'activity:update', { id: messaging.id, patch: { config: { ...(messaging.config as object), seeds: report.seeds } } });
    expect((updated.config as { seeds: unknown[] }).seeds).toHaveLength(5);

    // The first workshop of the series has nothing earlier.
    expect(call(core, 'messaging:seeds', { workshopId: w1.id })).toEqual({
      series: 'ACME alignment 2027',
      earlier: 0,
      seeds: [],
      message: 'This is the first workshop of “ACME alignment 2027”: there is nothing earlier to bring in.',
    });
    core.close();
  });

  it('says plainly when the workshop is in no series, or when earlier workshops have nothing the room settled on', () => {
    const core = testCore(tempDir(), manualClock().now);
    const alone = call(core, 'workshop:create', { title: 'Standalone' });
    expect(call(core, 'messaging:seeds', { workshopId: alone.id })).toEqual({
      series: null,
      earlier: 0,
      seeds: [],
      message: 'This workshop is not part of a series, so there are no earlier workshops to bring pains and friction points in from.',
    });
    const first = call(core, 'workshop:create', { title: 'Quiet kickoff', date: '2027-02-01' });
    call(core, 'activity:add', { workshopId: first.id, kind: 'persona' });
    call(core, 'series:create', { title: 'Quiet series', workshopId: first.id });
    const next = call(core, 'series:nextWorkshop', { workshopId: first.id });
    const report = call(core, 'messaging:seeds', { workshopId: next.id });
    expect(report.seeds).toEqual([]);
    expect(report.message).toBe(
      'Nothing to bring in yet: the earlier workshop of “Quiet series” has no persona notes the room voted on and no buying-map friction points.',
    );
    core.close();
  });

  it('refuses bad input with a clear error and changes nothing', () => {
    const core = testCore(tempDir(), manualClock().now);
    const w1 = kickoffWithPersonaAndMap(core);
    const before = dumpRows(core);
    const cases: unknown[] = [{}, { workshopId: 42 }, { workshopId: w1.id, extra: true }];
    for (const input of cases) {
      const r = core.dispatch('messaging:seeds', input as never);
      expect(r.ok).toBe(false);
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    }
    const missing = core.dispatch('messaging:seeds', { workshopId: 'no-such-workshop' });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('That workshop was not found') });
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
