import { describe, expect, it } from 'vitest';
import { addCluster, mergeClusters, moveCard } from '../../../src/activities/brainstorm/board';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { readRetroBoard, type RetroConfig } from '../../../src/activities/retro/definition';
import type { CardSortConfig } from '../../../src/activities/cardsort/definition';
import type { PersonaConfig } from '../../../src/activities/persona/definition';
import type { RankingConfig } from '../../../src/activities/ranking/definition';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { genericWorkshopAt } from '../../helpers/generic-workshop';
import { boardOf, roundTrip, startAlignmentDay, type LiveDay } from './live-day';

// The answers kept always fit the activity's settings and board as they are
// now (that is what an import checks): a change of the board or the settings
// that would break one is refused with a sentence, and nothing changes.

type Core = ReturnType<typeof testCore>;

function retroWithTwoThemes(core: Core, day: LiveDay) {
  const [dana, hannah, sam] = day.people;
  const retro = day.byKind('retro');
  call(core, 'run:goto', { workshopId: day.workshopId, activityId: retro.id });
  const submit = (participantId: string, itemKey: string, value: unknown) =>
    call(core, 'response:submit', { activityId: retro.id, participantId, itemKey, value });
  submit(hannah!.id, 'card-hannah1', { text: 'Leads sent with no context', prompt: 'broke' });
  submit(sam!.id, 'card-sam0001', { text: 'Lead lists nobody asked for', prompt: 'broke' });
  let themes = addCluster({ clusters: [] }, 'g-handoffs', 'Hand-offs', boardKey(hannah!.id, 'card-hannah1'));
  themes = addCluster(themes, 'g-lists', 'Lead lists', boardKey(sam!.id, 'card-sam0001'));
  call(core, 'run:setBoard', { activityId: retro.id, board: { ...themes, voting: true } });
  return { retro, submit, dana: dana!, samCard: boardKey(sam!.id, 'card-sam0001'), dots: (retro.config as RetroConfig).dotsPerPerson };
}

describe('kept answers fit the board', () => {
  it('a theme emptied and filled again: allowed when its dots were not spent again, refused (with why) when they were', async () => {
    const core = testCore(tempDir(), manualClock().now);
    const day = startAlignmentDay(core, ['Dana', 'Hannah', 'Sam', 'Ravi']);
    const { retro, submit, dana, samCard, dots } = retroWithTwoThemes(core, day);
    const ravi = day.people[3]!;
    submit(dana.id, 'vote-g-lists', { dots });
    submit(ravi.id, 'vote-g-lists', { dots: 1 });
    const board = () => readRetroBoard(boardOf(core, day, retro.id));
    // The facilitator drags the only card out of "Lead lists": it leaves the ballot, its dots are free.
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...moveCard(board(), samCard, 'g-handoffs'), voting: true } });
    // Nobody has spent them again yet: dragging it back is an undo, and the old dots count again.
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...moveCard(board(), samCard, 'g-lists'), voting: true } });
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...moveCard(board(), samCard, 'g-handoffs'), voting: true } });
    submit(dana.id, 'vote-g-handoffs', { dots });
    const before = dumpRows(core);
    const back = core.dispatch('run:setBoard', { activityId: retro.id, board: { ...moveCard(board(), samCard, 'g-lists'), voting: true } });
    expect(back.ok ? null : back.error).toEqual({
      code: 'VALIDATION',
      message: `That change to the board was not saved: someone’s votes would no longer add up. That gives one person more than the ${dots} dots each person has. A theme or note that left the ballot cannot come back once its dots were spent elsewhere: put those cards in a new theme instead.`,
    });
    expect(dumpRows(core)).toBe(before);
    // A new theme for the card is fine, and the day still comes back whole.
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...addCluster(board(), 'g-lists-2', 'Lead lists', samCard), voting: true } });
    expect((await roundTrip(core, day.workshopId)).differing).toEqual([]);
    core.close();
  });

  it('a merge, its old votes kept, then a vote closed and opened again: every board is saved and the day comes back whole', async () => {
    const core = testCore(tempDir(), manualClock().now);
    const day = startAlignmentDay(core, ['Dana', 'Hannah', 'Sam']);
    const { retro, submit, dana, dots } = retroWithTwoThemes(core, day);
    submit(dana.id, 'vote-g-lists', { dots });
    const board = () => readRetroBoard(boardOf(core, day, retro.id));
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...mergeClusters(board(), 'g-lists', 'g-handoffs'), voting: true } });
    submit(dana.id, 'vote-g-handoffs', { dots });
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...board(), voting: false } });
    call(core, 'run:setBoard', { activityId: retro.id, board: { ...board(), voting: true } });
    expect((await roundTrip(core, day.workshopId)).differing).toEqual([]);
    core.close();
  });
});

describe('kept answers fit the settings', () => {
  it('refuses removing a card someone placed or a dot budget below what someone spent; adding is fine', async () => {
    const core = testCore(tempDir(), manualClock().now);
    const day = startAlignmentDay(core, ['Dana', 'Hannah']);
    const [dana] = day.people;
    const sort = day.byKind('leadsort');
    const config = sort.config as CardSortConfig;
    call(core, 'response:submit', { activityId: sort.id, participantId: dana!.id, itemKey: config.cards[0]!.id, value: { column: config.columns[0]!.id } });
    const before = dumpRows(core);
    const removed = core.dispatch('activity:update', { id: sort.id, patch: { config: { ...config, cards: config.cards.slice(1) } } });
    // Names are off (the default): the refusal does not say whose answer it is.
    expect(removed.ok ? null : removed.error.message).toBe(
      'These settings were not saved: they no longer fit an answer someone has already given. That card is not part of this sort. Clear this activity’s answers in the console, or keep the settings as they are.',
    );
    expect(dumpRows(core)).toBe(before);
    // Where the activity is named, the facilitator is told whom to ask.
    call(core, 'activity:update', { id: sort.id, patch: { naming: 'named' } });
    const named = core.dispatch('activity:update', { id: sort.id, patch: { config: { ...config, cards: config.cards.slice(1) } } });
    expect(named.ok ? null : named.error.message).toBe(
      'These settings were not saved: they no longer fit an answer Dana has already given. That card is not part of this sort. Ask Dana to change that answer, or clear this activity’s answers in the console, then change the settings.',
    );
    call(core, 'activity:update', {
      id: sort.id,
      patch: { config: { ...config, cards: [...config.cards, { id: 'extra', text: 'Asked for a price', description: '' }] } },
    });

    const persona = day.byKind('persona');
    const pc = persona.config as PersonaConfig;
    call(core, 'run:goto', { workshopId: day.workshopId, activityId: persona.id });
    call(core, 'response:submit', {
      activityId: persona.id,
      participantId: dana!.id,
      itemKey: 'note-dana0001',
      value: { section: 'goals', text: 'Hit the number' },
    });
    call(core, 'run:setBoard', {
      activityId: persona.id,
      board: {
        phase: 'vote',
        ballot: [{ id: 'n1', key: boardKey(dana!.id, 'note-dana0001'), section: 'goals', text: 'Hit the number' }],
        hidden: [],
        agreed: [],
        lastId: 1,
      },
    });
    call(core, 'response:submit', { activityId: persona.id, participantId: dana!.id, itemKey: 'v-n1', value: { dots: 5 } });
    const lower = core.dispatch('activity:update', { id: persona.id, patch: { config: { ...pc, dotsPerPerson: 4 } } });
    expect(lower.ok ? null : lower.error.message).toMatch(/^These settings were not saved: .* That gives one person more than the 4 dots each person has\./);
    call(core, 'activity:update', { id: persona.id, patch: { config: { ...pc, dotsPerPerson: 5 } } });
    expect((await roundTrip(core, day.workshopId)).differing).toEqual([]);
    core.close();
  });

  it('a ranking option added after people ranked is fine (their orders are kept; the phones ask for the new one)', async () => {
    const core = testCore(tempDir(), manualClock().now);
    const { w, detail, activity } = genericWorkshopAt(core, 'ranking');
    const config = activity.config as RankingConfig;
    call(core, 'response:submit', {
      activityId: activity.id,
      participantId: detail.participants[0]!.id,
      itemKey: 'order',
      value: { order: config.options.map((o) => o.id) },
    });
    call(core, 'activity:update', {
      id: activity.id,
      patch: { config: { ...config, options: [...config.options, { id: 'kpi9', text: 'Time to first call', description: '' }] } },
    });
    expect((await roundTrip(core, w.id)).differing).toEqual([]);
    core.close();
  });
});
