import type { Core } from '../../src/main/core';
import type { OpOutput } from '../../src/shared/api/contract';
import { items } from '../../src/activities/shared-schemas';
import { SAMPLE_ROSTER } from '../../src/main/services/sample';

// A 90-minute workshop built only from the generic engines (slide,
// brainstorm, card sort, break, dot vote, ranking), created through the
// public operations. Many tests rely on its stable item ids: cards sig1..sig12
// in columns col1 (Quality lead), col2 (Not a signal), col3 (Depends); dot-vote
// options opt1..opt6; ranking options kpi1..kpi5. The roster is the sample's:
// five Sales, five Marketing. No vitest here, so benchmarks can use it too.

export const GENERIC_TITLE = 'Sales & Marketing alignment session';

const LEAD_SIGNALS = [
  'Requested a demo',
  'Visited the pricing page twice',
  'Downloaded a whitepaper',
  'Attended a webinar',
  'Job title is VP or above',
  'Company size fits our ICP',
  'Budget is known',
  'Buying timeline is known',
  'Replied to a sales email',
  'Uses a competitor today',
  'Existing customer, other division',
  'Opened three newsletters',
];

interface Step {
  kind: string;
  title: string;
  minutes: number;
  config: unknown;
  notes?: string;
}

const AGENDA: Step[] = [
  {
    kind: 'slide',
    title: 'Welcome: why we are in one room today',
    minutes: 10,
    config: {
      text: 'Both teams want the same thing: more revenue with less wasted effort. Today we look at where we see things differently, and agree on a few things to try.',
      bullets: ['What a good lead means to each of us', 'Where hand-offs go wrong', 'Which numbers we own together', 'Three commitments before we leave'],
    },
    notes: 'Keep it short. Say out loud that disagreement is the point of the exercise, not a problem.',
  },
  {
    kind: 'brainstorm',
    title: 'Icebreaker: one thing the other team does not see about my job',
    minutes: 10,
    config: { prompt: 'Write one thing about your work that you think the other team never sees.', anonymous: true, maxCardsPerPerson: 3 },
  },
  {
    kind: 'cardsort',
    title: 'What makes a quality lead?',
    minutes: 20,
    config: {
      prompt: 'Sort each signal: does it tell you this lead is worth a sales call?',
      cards: items(LEAD_SIGNALS, 'sig'),
      columns: items(['Quality lead', 'Not a signal', 'Depends'], 'col'),
      open: false,
    },
    notes: 'Reveal the split by team before discussing. Ask "depends on what?" for the Depends pile.',
  },
  { kind: 'break', title: 'Coffee break', minutes: 10, config: { message: 'Back in ten minutes' } },
  {
    kind: 'dotvote',
    title: 'Where do hand-offs hurt most?',
    minutes: 10,
    config: {
      prompt: 'Spend your dots on the problems that cost us the most deals.',
      options: items(
        [
          'Leads reach sales days after they convert',
          'Sales never says what happened to a lead',
          'No agreed definition of an MQL',
          'Content does not match what buyers ask in calls',
          'Campaigns launch without sales knowing',
          'Follow-up stops after one attempt',
        ],
        'opt',
      ),
      dotsPerPerson: 5,
      maxPerItem: 3,
    },
  },
  {
    kind: 'ranking',
    title: 'Which shared number do we commit to first?',
    minutes: 10,
    config: {
      prompt: 'Put these in the order we should start measuring together.',
      options: items(
        ['MQL-to-SQL conversion rate', 'Lead follow-up time', 'Pipeline created per month', 'Win rate on marketing-sourced deals', 'Sales cycle length'],
        'kpi',
      ),
    },
  },
  {
    kind: 'brainstorm',
    title: 'Commitments: what we start on Monday',
    minutes: 15,
    config: {
      prompt: 'One concrete thing you will do in the next 30 days. Think job shadowing, a weekly report, a joint meeting.',
      anonymous: false,
      maxCardsPerPerson: 3,
    },
    notes: 'Push for an owner and a date on every commitment before the wrap-up.',
  },
  {
    kind: 'slide',
    title: 'Wrap-up and next steps',
    minutes: 5,
    config: { text: '', bullets: ['Report goes to leadership this week', 'Joint meeting every two weeks', 'We check progress in 30 days'] },
  },
];

const FIELDS = {
  title: GENERIC_TITLE,
  goal: 'Agree on what a quality lead is, find the worst hand-off problems, and leave with three commitments that have owners and dates.',
  date: '2026-12-03',
  startTime: '09:00',
  plannedEnd: '10:30',
  location: 'Boardroom, 3rd floor',
};

type Send = (name: string, input: Record<string, unknown>) => unknown;

/** The operations that build the agenda and roster, in order, for any way of calling the API. */
function* steps(workshopId: string): Generator<[string, Record<string, unknown>, Step?]> {
  yield ['participant:addMany', { workshopId, people: SAMPLE_ROSTER.map((p) => ({ ...p })) }];
  for (const step of AGENDA) yield ['activity:add', { workshopId, kind: step.kind, title: step.title, minutes: step.minutes, config: step.config }, step];
}

/** Build it in a core, synchronously. */
export function genericWorkshop(core: Core): { id: string; title: string } {
  const send: Send = (name, input) => {
    const result = core.dispatch(name as never, input as never);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const w = send('workshop:create', FIELDS) as { id: string; title: string };
  for (const [name, input, step] of steps(w.id)) {
    const made = send(name, input) as { id: string };
    if (step?.notes) send('activity:update', { id: made.id, patch: { notes: step.notes } });
  }
  return w;
}

/** Build it through any asynchronous API (HTTP in browser mode, the page's fetch...). */
export async function genericWorkshopVia(send: (name: string, input: Record<string, unknown>) => Promise<unknown>): Promise<{ id: string; title: string }> {
  const w = (await send('workshop:create', FIELDS)) as { id: string; title: string };
  for (const [name, input, step] of steps(w.id)) {
    const made = (await send(name, input)) as { id: string };
    if (step?.notes) await send('activity:update', { id: made.id, patch: { notes: step.notes } });
  }
  return w;
}

/** The generic workshop, started and moved to its first activity of `kind` (to answer it). */
export function genericWorkshopAt(core: Core, kind: string) {
  const w = genericWorkshop(core);
  const detail = core.dispatch('workshop:get', { id: w.id });
  if (!detail.ok) throw new Error(detail.error.message);
  const value = detail.value as OpOutput<'workshop:get'>;
  const activity = value.activities.find((a) => a.kind === kind);
  if (!activity) throw new Error(`The generic workshop has no ${kind}`);
  for (const [op, input] of [
    ['run:start', { workshopId: w.id }],
    ['run:goto', { workshopId: w.id, activityId: activity.id }],
  ] as const) {
    const r = core.dispatch(op, input);
    if (!r.ok) throw new Error(r.error.message);
  }
  return { w, detail: value, activity };
}
