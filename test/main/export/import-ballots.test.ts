import { describe, expect, it } from 'vitest';
import { addCluster, mergeClusters } from '../../../src/activities/brainstorm/board';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { readRetroBoard, type RetroConfig } from '../../../src/activities/retro/definition';
import { readPersonaBoard, type PersonaConfig } from '../../../src/activities/persona/definition';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { boardOf, personaBackToNotes, personaOpenVote, personaToggleHidden, roundTrip, startAlignmentDay } from './live-day';

// Dots on a note or theme that left the ballot are free again (the phones,
// the server and the results agree). A workshop where someone spent them
// again is a normal day: its own export must import back, field for field.

describe('a day where freed dots were spent again imports back', () => {
  it('persona and trust retro: all dots spent, the note or theme leaves the ballot, all dots spent again; locked at the end', async () => {
    const clock = manualClock('2026-12-03T08:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const day = startAlignmentDay(core, ['Dana', 'Hannah', 'Sam']);
    const [dana, hannah, sam] = day.people.map((p) => ({ id: p.id })) as [{ id: string }, { id: string }, { id: string }];
    const submit = (activityId: string, participantId: string, itemKey: string, value: unknown) =>
      call(core, 'response:submit', { activityId, participantId, itemKey, value });

    // Persona: two notes on the ballot; Dana puts every dot on the first.
    const persona = day.byKind('persona');
    const dots = (persona.config as PersonaConfig).dotsPerPerson;
    call(core, 'run:goto', { workshopId: day.workshopId, activityId: persona.id });
    submit(persona.id, hannah.id, 'note-hannah1', { section: 'goals', text: 'Hit the number this quarter' });
    submit(persona.id, sam.id, 'note-sam0001', { section: 'night', text: 'A deal slipping on the last day' });
    personaOpenVote(core, day);
    const [first, second] = readPersonaBoard(boardOf(core, day, persona.id)).ballot;
    submit(persona.id, dana.id, `v-${first!.id}`, { dots });
    // The facilitator leaves that note out and remakes the ballot, as the console does.
    personaToggleHidden(core, day, first!.key);
    personaBackToNotes(core, day);
    personaOpenVote(core, day);
    expect(readPersonaBoard(boardOf(core, day, persona.id)).ballot.map((n) => n.id)).toEqual([second!.id]);
    submit(persona.id, dana.id, `v-${second!.id}`, { dots });
    call(core, 'run:set', { activityId: persona.id, locked: true });
    clock.advance(40 * 60_000);

    // Trust retro: two themes; Dana spends all her dots on one, which is then merged into the other.
    const retro = day.byKind('retro');
    const retroDots = (retro.config as RetroConfig).dotsPerPerson;
    call(core, 'run:goto', { workshopId: day.workshopId, activityId: retro.id });
    submit(retro.id, hannah.id, 'card-hannah1', { text: 'Leads sent with no context', prompt: 'broke' });
    submit(retro.id, sam.id, 'card-sam0001', { text: 'Lead lists nobody asked for', prompt: 'broke' });
    let themes = addCluster({ clusters: [] }, 'g-handoffs', 'Hand-offs', boardKey(hannah.id, 'card-hannah1'));
    themes = addCluster(themes, 'g-lists', 'Lead lists', boardKey(sam.id, 'card-sam0001'));
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...themes, voting: true } });
    submit(retro.id, dana.id, 'vote-g-lists', { dots: retroDots });
    const merged = mergeClusters(readRetroBoard(boardOf(core, day, retro.id)), 'g-lists', 'g-handoffs');
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...merged, voting: true } });
    submit(retro.id, dana.id, 'vote-g-handoffs', { dots: retroDots });
    clock.advance(30 * 60_000);
    call(core, 'run:end', { workshopId: day.workshopId });

    clock.advance(3_600_000);
    const { differing, first: file } = await roundTrip(core, day.workshopId);
    expect(differing).toEqual([]);
    // Both of Dana's spends are in the file (the old votes are kept, as live).
    const answers = (JSON.parse(file) as { responses: { participant: string; itemKey: string }[] }).responses
      .filter((r) => r.participant === dana.id)
      .map((r) => r.itemKey);
    expect(answers).toEqual([`v-${first!.id}`, `v-${second!.id}`, 'vote-g-lists', 'vote-g-handoffs']);
    core.close();
  });
});
