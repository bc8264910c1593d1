import type { Core } from '../../../src/main/core';
import type { OpOutput } from '../../../src/shared/api/contract';
import { items } from '../../../src/activities/shared-schemas';
import { ALIGNMENT_DAY_ID } from '../../../src/main/services/builtin-templates';
import { phoneState, type PhoneState } from '../../../src/main/services/participant-session';
import { call, testCore } from '../../helpers/core';

// The built-in alignment day (every alignment exercise, slides and breaks)
// plus the three generic kinds it does not use (dot vote, card sort,
// ranking), with two people in the room and a facilitator's note on every
// activity: the room phones are checked against.

export type RoomActivity = OpOutput<'workshop:get'>['activities'][number];

/** What the facilitator wrote for herself on an activity: never for phones. */
export const noteFor = (a: Pick<RoomActivity, 'title'>) => `Facilitator only, for “${a.title}”: watch who stays quiet`;

export function alignmentRoom({ start = true } = {}) {
  const core = testCore();
  const w = call(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID });
  call(core, 'activity:add', {
    workshopId: w.id,
    kind: 'dotvote',
    title: 'Where to start',
    config: {
      prompt: 'Spend your dots on the hand-off to fix first',
      options: items(['Lead routing rules', 'Follow-up speed promise', 'Shared CRM fields'], 'dv'),
      dotsPerPerson: 3,
      maxPerItem: 2,
    },
  });
  call(core, 'activity:add', {
    workshopId: w.id,
    kind: 'cardsort',
    title: 'Whose job is it?',
    config: {
      prompt: 'Is this a marketing job or a sales job?',
      cards: items(['Writing customer case studies', 'Qualifying inbound calls'], 'cs'),
      columns: items(['Marketing', 'Sales'], 'col'),
      open: true,
    },
  });
  call(core, 'activity:add', {
    workshopId: w.id,
    kind: 'ranking',
    title: 'What costs us most',
    config: {
      prompt: 'Order the pains by what they cost us',
      options: items(['Slow follow-up on inbound', 'Vague lead scores', 'No feedback on lost deals'], 'rk'),
    },
  });
  const [ana, ben] = call(core, 'participant:addMany', {
    workshopId: w.id,
    people: [
      { name: 'Ana Sales-Rep', team: 'sales' },
      { name: 'Ben Marketer', team: 'marketing' },
    ],
  });
  for (const a of call(core, 'workshop:get', { id: w.id }).activities) call(core, 'activity:update', { id: a.id, patch: { notes: noteFor(a) } });
  const activities = call(core, 'workshop:get', { id: w.id }).activities;
  if (start) call(core, 'run:start', { workshopId: w.id });
  const of = (kind: string) => {
    const a = activities.find((x) => x.kind === kind);
    if (!a) throw new Error(`No ${kind} in the alignment day`);
    return a;
  };
  return { core, workshopId: w.id, ana: ana!, ben: ben!, activities, of };
}

/** What the server would push to this person's phone right now. */
export function phoneOf(core: Core, workshopId: string, participantId: string): PhoneState {
  const r = core.transact('test:phone', (ctx) => phoneState(ctx, workshopId, participantId));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The phone state as the bytes that go over the wire. */
export const wire = (state: unknown) => JSON.stringify(state);

/** Every string in a value (a config, a board), for "none of this reached the phone". */
export function stringsIn(value: unknown, minLength = 1): string[] {
  if (typeof value === 'string') return value.length >= minLength ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => stringsIn(v, minLength));
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => stringsIn(v, minLength));
  return [];
}
