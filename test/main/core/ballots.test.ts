import { describe, expect, it } from 'vitest';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { call, dumpRows, testCore } from '../../helpers/core';

// Votes are only taken on what the room is shown: a theme or note that left
// the ballot (or a vote that is not open) is refused with a sentence, and
// nothing is written.

function setup(kind: 'retro' | 'persona') {
  const core = testCore();
  const w = call(core, 'workshop:create', { title: 'Ballots' });
  const [dana, hannah] = call(core, 'participant:addMany', {
    workshopId: w.id,
    people: [
      { name: 'Dana', team: 'sales' },
      { name: 'Hannah', team: 'marketing' },
    ],
  });
  const a = call(core, 'activity:add', { workshopId: w.id, kind });
  call(core, 'run:start', { workshopId: w.id });
  return { core, a, dana: dana!, hannah: hannah! };
}

describe('votes on a ballot', () => {
  it('retro: refuses dots before the vote opens and on a theme that was removed; takes them on a theme on the ballot', () => {
    const { core, a, dana, hannah } = setup('retro');
    call(core, 'response:submit', {
      activityId: a.id,
      participantId: hannah.id,
      itemKey: 'card-h1abc',
      value: { text: 'Leads sent with no context', prompt: 'broke' },
    });
    call(core, 'response:submit', { activityId: a.id, participantId: hannah.id, itemKey: 'card-h2abc', value: { text: 'Joint win review', prompt: 'builds' } });
    const themes = [
      { id: 't1', name: 'Hand-offs', cardKeys: [boardKey(hannah.id, 'card-h1abc')] },
      { id: 't2', name: 'Shared wins', cardKeys: [boardKey(hannah.id, 'card-h2abc')] },
    ];
    const vote = (itemKey: string) => core.dispatch('response:submit', { activityId: a.id, participantId: dana.id, itemKey, value: { dots: 1 } });

    const before = dumpRows(core);
    const early = vote('vote-t1');
    expect(early.ok ? null : early.error.message).toBe('The vote on themes is not open.');
    call(core, 'run:setBoard', { activityId: a.id, board: { clusters: themes, voting: true } });
    expect(vote('vote-t1').ok).toBe(true);
    const afterFirst = dumpRows(core);
    // The facilitator merges "Shared wins" away: phones drop it, and a late vote on it is refused.
    call(core, 'run:setBoard', { activityId: a.id, board: { clusters: [themes[0]!], voting: true } });
    const late = dumpRows(core);
    const gone = vote('vote-t2');
    expect(gone.ok ? null : gone.error.message).toBe('That theme is no longer on the ballot.');
    expect(dumpRows(core)).toBe(late);
    expect(afterFirst).not.toBe(before);
    // Taking dots back always works, even from a theme that has gone.
    expect(core.dispatch('response:submit', { activityId: a.id, participantId: dana.id, itemKey: 'vote-t1', value: null }).ok).toBe(true);
    core.close();
  });

  it('retro: dots left on a theme that was merged away are free again for the themes still on the ballot', () => {
    const { core, a, dana, hannah } = setup('retro');
    for (const [key, text] of [
      ['card-h1abc', 'Leads sent with no context'],
      ['card-h2abc', 'Lead lists nobody asked for'],
    ] as const) {
      call(core, 'response:submit', { activityId: a.id, participantId: hannah.id, itemKey: key, value: { text, prompt: 'broke' } });
    }
    const t1 = { id: 't1', name: 'Hand-offs', cardKeys: [boardKey(hannah.id, 'card-h1abc')] };
    const t2 = { id: 't2', name: 'Lead lists', cardKeys: [boardKey(hannah.id, 'card-h2abc')] };
    call(core, 'run:setBoard', { activityId: a.id, board: { clusters: [t1, t2], voting: true } });
    call(core, 'response:submit', { activityId: a.id, participantId: dana.id, itemKey: 'vote-t2', value: { dots: 3 } }); // all of her dots
    // The facilitator merges "Lead lists" into "Hand-offs": t2 leaves the ballot, and so do its dots.
    call(core, 'run:setBoard', {
      activityId: a.id,
      board: {
        clusters: [
          { ...t1, cardKeys: [...t1.cardKeys, ...t2.cardKeys] },
          { ...t2, cardKeys: [] },
        ],
        voting: true,
      },
    });
    const again = core.dispatch('response:submit', { activityId: a.id, participantId: dana.id, itemKey: 'vote-t1', value: { dots: 3 } });
    expect(again.ok ? null : again.error.message).toBeNull();
    core.close();
  });

  it('persona: refuses dots while notes are being collected and on a note that is not on the ballot', () => {
    const { core, a, dana, hannah } = setup('persona');
    call(core, 'response:submit', { activityId: a.id, participantId: hannah.id, itemKey: 'note-h1abc', value: { section: 'goals', text: 'Hit the number' } });
    const vote = (itemKey: string) => core.dispatch('response:submit', { activityId: a.id, participantId: dana.id, itemKey, value: { dots: 2 } });
    const early = vote('v-n1');
    expect(early.ok ? null : early.error.message).toBe('The vote on notes is not open.');
    call(core, 'run:setBoard', {
      activityId: a.id,
      board: {
        phase: 'vote',
        ballot: [{ id: 'n1', key: boardKey(hannah.id, 'note-h1abc'), section: 'goals', text: 'Hit the number' }],
        hidden: [],
        agreed: [],
      },
    });
    expect(vote('v-n1').ok).toBe(true);
    const before = dumpRows(core);
    const stranger = vote('v-n2');
    expect(stranger.ok ? null : stranger.error.message).toBe('That note is no longer on the ballot.');
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
