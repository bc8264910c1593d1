import type { Core } from '../../src/main/core';
import type { OpInput, OpOutput } from '../../src/shared/api/contract';
import type { OpName } from '../../src/shared/api/names';
import type { Activity, Participant, Team } from '../../src/shared/domain';
import { items } from '../../src/activities/shared-schemas';
import type { CardSortConfig } from '../../src/activities/cardsort/definition';
import type { DotVoteConfig } from '../../src/activities/dotvote/definition';
import type { RankingConfig } from '../../src/activities/ranking/definition';
import { genericWorkshop } from './generic-workshop';

// Workshops full of answers for report tests and the report benchmark: the
// sample workshop run from start to end, and a synthetic full day. No vitest
// here, so the benchmark can use it too. Deterministic (seeded).

function op<K extends OpName>(core: Core, name: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

/** mulberry32: small, seeded, good enough for test data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    shuffle: <T>(list: readonly T[]): T[] => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
type Rng = ReturnType<typeof seeded>;

const IDEAS = [
  'Sales calls a lead within the hour',
  'A shared Slack channel for hand-offs',
  'Marketing joins one sales call a week',
  'We agree on one MQL definition',
  'Monthly win/loss review together',
  'Content built from real objections',
  'Tell marketing why a lead was rejected',
  'Pipeline review with both teams',
  'A weekly report both ways',
  'Shadow a rep for a day each month',
  'Stop sending leads without a phone number',
  'Campaign calendar shared with sales',
  'Quota pressure at quarter end explained',
  'Fewer, better leads rather than more',
  'Battlecards updated every quarter',
  'Celebrate joint wins in the all-hands',
];

/** Answer one activity for everyone, in a way that differs by team so the report has gaps to show. */
export function answer(core: Core, activity: Activity, people: Participant[], rng: Rng, idea: { n: number }) {
  const submit = (p: Participant, itemKey: string, value: unknown) =>
    op(core, 'response:submit', { activityId: activity.id, participantId: p.id, itemKey, value });
  const leaning = (team: Team) => (team === 'sales' ? 0 : team === 'marketing' ? 1 : 2);
  if (activity.kind === 'cardsort') {
    const c = activity.config as CardSortConfig;
    c.cards.forEach((card, ci) => {
      // Each card has a column each team leans to; half the cards split the teams.
      const base = ci % c.columns.length;
      for (const p of people) {
        const lean = ci % 2 === 0 ? base : (base + leaning(p.team)) % c.columns.length;
        const column = rng.next() < 0.7 ? c.columns[lean]!.id : rng.pick(c.columns).id;
        const note =
          column === c.columns[c.columns.length - 1]!.id && rng.next() < 0.25
            ? rng.pick(['Depends on the segment', 'Only with budget known', 'If the timing fits', 'Depends who asks'])
            : undefined;
        submit(p, card.id, note ? { column, note } : { column });
      }
    });
  } else if (activity.kind === 'dotvote') {
    const c = activity.config as DotVoteConfig;
    for (const p of people) {
      let left = c.dotsPerPerson;
      const prefs = p.team === 'sales' ? c.options : [...c.options].reverse();
      const mine = new Map<string, number>();
      while (left > 0) {
        const o = rng.next() < 0.6 ? prefs[rng.int(Math.min(3, prefs.length))]! : rng.pick(c.options);
        const have = mine.get(o.id) ?? 0;
        if (have >= c.maxPerItem) continue;
        mine.set(o.id, have + 1);
        left--;
      }
      for (const [id, dots] of mine) submit(p, id, { dots });
    }
  } else if (activity.kind === 'ranking') {
    const c = activity.config as RankingConfig;
    for (const p of people) {
      const ids = c.options.map((o) => o.id);
      const order = p.team === 'marketing' ? [...ids].reverse() : ids;
      // Swap a few neighbours so ballots differ.
      for (let i = 0; i < order.length - 1; i++) if (rng.next() < 0.35) [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      submit(p, 'order', { order });
    }
  } else if (activity.kind === 'brainstorm') {
    const max = (activity.config as { maxCardsPerPerson: number }).maxCardsPerPerson;
    for (const p of people) {
      const count = 1 + rng.int(Math.min(2, max));
      for (let k = 0; k < count; k++) submit(p, `card-${p.id.slice(0, 8)}x${k}`, { text: IDEAS[idea.n++ % IDEAS.length]! });
    }
    // The facilitator groups the cards into three themes.
    const results = op(core, 'activity:results', { activityId: activity.id });
    const cards = (results.aggregate?.overall as { cards: { key: string; text: string }[] }).cards;
    const themes = ['Hand-offs and speed', 'Knowing each other’s work', 'Shared numbers'];
    const clusters = themes.map((name, i) => ({ id: `cl${i}`, name, cardKeys: cards.filter((_, j) => j % 4 === i).map((x) => x.key) }));
    op(core, 'run:setBoard', { activityId: activity.id, board: { clusters } });
  }
}

/** Move through every activity with a ticking clock, answer each, then end the run. */
export function runThrough(core: Core, workshopId: string, clock: { advance(ms: number): void }, seed = 7) {
  const rng = seeded(seed);
  const detail = op(core, 'workshop:get', { id: workshopId });
  const people = detail.participants;
  op(core, 'run:start', { workshopId });
  const idea = { n: 0 };
  detail.activities.forEach((a, i) => {
    if (i > 0) op(core, 'run:next', { workshopId });
    answer(core, a, people, rng, idea);
    // Some run over, some finish early.
    const factor = [1, 1.3, 0.8, 1.1, 0.9, 1.5][i % 6]!;
    clock.advance(Math.round(a.minutes * factor) * 60_000);
  });
  op(core, 'run:end', { workshopId });
}

/** The sample workshop, run to the end with everyone answering, and three action items. */
export function finishedSample(core: Core, clock: { advance(ms: number): void }): string {
  const w = genericWorkshop(core);
  op(core, 'workshop:update', { id: w.id, patch: { facilitator: 'Maya Jovanović' } });
  runThrough(core, w.id, clock);
  const due = (days: number) => new Date(Date.parse('2026-12-01T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
  op(core, 'actionItem:add', { workshopId: w.id, text: 'Draft the shared MQL definition from the card sort', owner: 'Sofia Lindqvist', dueDate: due(7) });
  op(core, 'actionItem:add', { workshopId: w.id, text: 'Set up the joint pipeline meeting every two weeks', owner: 'Tomás Ferreira', dueDate: due(10) });
  op(core, 'actionItem:add', { workshopId: w.id, text: 'Add lead follow-up time to the weekly report', owner: 'Ravi Menon', dueDate: due(14) });
  return w.id;
}

const FIRST = [
  'Dana',
  'Marcus',
  'Priya',
  'Tomás',
  'Jess',
  'Hannah',
  'Leo',
  'Aisha',
  'Ravi',
  'Sofia',
  'Zoë',
  'Łukasz',
  'Αλέξης',
  'Дарья',
  'Mei',
  'Ngozi',
  'Kofi',
  'Inés',
  'Björn',
  'Amélie',
];
const LAST = [
  'Whitfield',
  'Oyelaran',
  'Raman',
  'Ferreira',
  'Kowalczyk',
  'Brooks',
  'Martinsson',
  'Bello',
  'Menon',
  'Lindqvist',
  'Nakamura',
  'Papadopoulos',
  'Иванова',
  'García',
  'Okafor',
];

/** A full day (about seven hours) for n people: two of each exercise, plus talks and breaks, all answered. */
export function syntheticFullDay(core: Core, n: number, clock: { advance(ms: number): void }, seed = 11): string {
  const rng = seeded(seed);
  const w = op(core, 'workshop:create', {
    title: `Full-day alignment offsite (${n} people)`,
    goal: 'Agree what a quality lead is, map the buying process, share KPIs and leave with commitments that have owners and dates.',
    date: '2026-12-03',
    startTime: '09:00',
    plannedEnd: '16:30',
    location: 'Harbour House, Room 2',
    facilitator: 'Maya Jovanović',
  });
  const teams: Team[] = ['sales', 'marketing', 'other'];
  op(core, 'participant:addMany', {
    workshopId: w.id,
    people: Array.from({ length: n }, (_, i) => ({
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`,
      team: teams[i % 5 === 4 ? 2 : i % 2]!,
      role: rng.pick(['Account Executive', 'SDR', 'Demand generation', 'Content lead', 'RevOps analyst', 'Product marketing']),
    })),
  });
  const signals = [
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
    'Visited the careers page',
    'Came from a partner referral',
  ];
  const agenda: { kind: string; title: string; minutes: number; config: unknown }[] = [
    {
      kind: 'slide',
      title: 'Why we are here today',
      minutes: 15,
      config: {
        text: 'Aligned teams grow faster. Today is about seeing where we differ and agreeing what to try first.',
        bullets: ['Quality leads', 'Hand-offs', 'Shared numbers', 'Commitments'],
      },
    },
    {
      kind: 'brainstorm',
      title: 'What the other team never sees',
      minutes: 20,
      config: { prompt: 'One thing about your work the other team never sees.', anonymous: true, maxCardsPerPerson: 3 },
    },
    {
      kind: 'cardsort',
      title: 'What makes a quality lead?',
      minutes: 30,
      config: { prompt: 'Sort each signal.', cards: items(signals, 'sig'), columns: items(['Quality lead', 'Not a signal', 'Depends'], 'col'), open: false },
    },
    { kind: 'break', title: 'Coffee', minutes: 15, config: { message: 'Back in 15' } },
    {
      kind: 'dotvote',
      title: 'Where do hand-offs hurt most?',
      minutes: 20,
      config: {
        prompt: 'Spend your dots on what costs us deals.',
        options: items(
          [
            'Slow lead follow-up',
            'No feedback on rejected leads',
            'No MQL definition',
            'Content misses buyer questions',
            'Surprise campaigns',
            'One-touch follow-up',
            'CRM fields nobody fills',
            'Territory confusion',
          ],
          'o',
        ),
        dotsPerPerson: 5,
        maxPerItem: 3,
      },
    },
    {
      kind: 'ranking',
      title: 'Which number do we share first?',
      minutes: 20,
      config: {
        prompt: 'Order by what to measure together first.',
        options: items(
          ['MQL-to-SQL conversion', 'Follow-up time', 'Pipeline per month', 'Win rate, marketing-sourced', 'Sales cycle length', 'Cost per opportunity'],
          'k',
        ),
      },
    },
    { kind: 'break', title: 'Lunch', minutes: 60, config: { message: 'Lunch' } },
    {
      kind: 'cardsort',
      title: 'Who owns each stage of the buying process?',
      minutes: 30,
      config: {
        prompt: 'Put each stage under its owner.',
        cards: items(['First touch', 'Nurture', 'Qualification', 'Discovery call', 'Demo', 'Proposal', 'Negotiation', 'Onboarding', 'Renewal', 'Upsell'], 'st'),
        columns: items(['Marketing', 'Sales', 'Shared'], 'ow'),
        open: false,
      },
    },
    {
      kind: 'dotvote',
      title: 'What would make marketing useful to sales?',
      minutes: 20,
      config: {
        prompt: 'Dots on what helps you most.',
        options: items(
          ['Battlecards', 'Case studies by industry', 'Better lead context', 'Joint account plans', 'Faster content requests', 'Objection handling library'],
          'u',
        ),
        dotsPerPerson: 4,
        maxPerItem: 2,
      },
    },
    {
      kind: 'brainstorm',
      title: 'What builds trust between us?',
      minutes: 25,
      config: { prompt: 'What would make you trust the other team more?', anonymous: false, maxCardsPerPerson: 3 },
    },
    { kind: 'break', title: 'Afternoon break', minutes: 15, config: { message: 'Back in 15' } },
    {
      kind: 'ranking',
      title: 'Which commitment first?',
      minutes: 20,
      config: {
        prompt: 'Order the commitments.',
        options: items(['Job shadowing', 'Weekly two-way report', 'Joint meeting every two weeks', 'Shared MQL definition', 'Messaging brainstorm'], 'c'),
      },
    },
    {
      kind: 'brainstorm',
      title: 'Commitments: what we start on Monday',
      minutes: 25,
      config: { prompt: 'One concrete thing you will do in 30 days.', anonymous: false, maxCardsPerPerson: 2 },
    },
    {
      kind: 'slide',
      title: 'Wrap-up',
      minutes: 10,
      config: { text: 'Thank you. The report goes to leadership this week.', bullets: ['Joint meeting every two weeks', 'Check-in in 30 days'] },
    },
  ];
  for (const step of agenda)
    op(core, 'activity:add', { workshopId: w.id, kind: step.kind, title: step.title, minutes: step.minutes, config: step.config } as OpInput<'activity:add'>);
  runThrough(core, w.id, clock, seed);
  const owners = op(core, 'workshop:get', { id: w.id }).participants;
  for (let i = 0; i < 8; i++) {
    op(core, 'actionItem:add', {
      workshopId: w.id,
      text: `${rng.pick(['Share', 'Draft', 'Review', 'Set up', 'Publish'])} ${rng.pick(['the MQL definition', 'the weekly report', 'the shadowing rota', 'the battlecards', 'the SLA draft'])}`,
      owner: owners[i % owners.length]!.name,
      dueDate: `2026-12-${String(10 + i).padStart(2, '0')}`,
    });
  }
  return w.id;
}
