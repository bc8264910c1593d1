import { aggregate } from '../../src/activities/aggregate';
import { findDefinition } from '../../src/activities/registry';
import type { StoredResponse } from '../../src/activities/types';
import type { ActivityResults } from '../../src/shared/api/contract';
import type { ActionItem, Team } from '../../src/shared/domain';
import { defaultCompConfig } from '../../src/activities/comp/definition';
import { defaultCommitmentsConfig } from '../../src/activities/commitments/definition';
import { defaultPersonaConfig } from '../../src/activities/persona/definition';
import { defaultBuyingMapConfig } from '../../src/activities/buyingmap/definition';
import { makeBallot } from '../../src/activities/persona/board';
import type { PersonaTally } from '../../src/activities/persona/logic';

let seed = 11;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[], weights?: number[]): T => {
  if (!weights) return xs[Math.floor(rand() * xs.length)]!;
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < xs.length; i += 1) if ((r -= weights[i]!) <= 0) return xs[i]!;
  return xs.at(-1)!;
};

export const people: { id: string; name: string; team: Team }[] = [
  ...['Ana Ruiz', 'Ben Okafor', 'Chloe Martin', 'Dev Patel', 'Eli Cohen', 'Fay Nguyen'].map((name, i) => ({ id: `s${i}`, name, team: 'sales' as Team })),
  ...['Gus Larsen', 'Hana Sato', 'Ivo Petrov', 'Jun Park', 'Kit Moreau'].map((name, i) => ({ id: `m${i}`, name, team: 'marketing' as Team })),
  ...['Lou Diaz', 'Max Weber'].map((name, i) => ({ id: `o${i}`, name, team: 'other' as Team })),
];

/** The comp sample with one more pattern: a deal cancelled in April leaves April's paycheck below zero (issue #14). */
function compSample() {
  const c = defaultCompConfig();
  const april = {
    id: 'april',
    name: 'Cancelled in April',
    story: 'A deal signed in February is cancelled in April, before anything new is paid.',
    deals: [
      { id: 'q1', month: 1, amount: 50_000, label: '', cancelledIn: null },
      { id: 'q2', month: 2, amount: 60_000, label: 'Cancelled in April', cancelledIn: 4 },
      { id: 'q3', month: 3, amount: 40_000, label: '', cancelledIn: null },
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({ id: `q${m}`, month: m, amount: 50_000, label: '', cancelledIn: null })),
    ],
  };
  return { ...c, patterns: [...c.patterns, april] };
}

export const configs: Record<string, unknown> = {
  comp: compSample(),
  commitments: { ...defaultCommitmentsConfig(), shadowFrom: '2026-03-17' },
  persona: defaultPersonaConfig(),
  buyingmap: defaultBuyingMapConfig(),
};
export const titles: Record<string, string> = {
  comp: 'How sales gets paid',
  commitments: 'What we commit to',
  persona: 'Sales, as a persona',
  buyingmap: 'How our customers buy',
};

export const boards: Record<string, unknown> = {
  'buyingmap:mid': { segmentId: 'mid', focus: [] },
  'buyingmap:focus': {
    segmentId: 'mid',
    focus: [
      { key: 'mid.decide.stall', note: 'Security pack and ROI model ready before the first demo' },
      { key: 'mid.research.nocontent', note: '' },
    ],
  },
  get 'persona:collect'() {
    return { phase: 'collect', ballot: [], hidden: [], agreed: [] };
  },
  get 'persona:vote'() {
    return { phase: 'vote', ballot: personaBallot(), hidden: [], agreed: [] };
  },
  get 'persona:agreed'() {
    return { phase: 'vote', ballot: personaBallot(), hidden: [], agreed: ['n1', 'n4', 'n13', 'n16'] };
  },
  'commitments:agreed': {
    pairs: [
      { id: 'p1', sales: { id: 's1', name: 'Ben Okafor' }, marketing: { id: 'm1', name: 'Hana Sato' }, date: '2026-03-17' },
      { id: 'p2', sales: { id: 's0', name: 'Ana Ruiz' }, marketing: { id: 'm0', name: 'Gus Larsen' }, date: '2026-03-24' },
      { id: 'p3', sales: { id: 's2', name: 'Chloe Martin' }, marketing: { id: 'm2', name: 'Ivo Petrov' }, date: '2026-03-31' },
      { id: 'p4', sales: { id: 's3', name: 'Dev Patel' }, marketing: { id: 'm3', name: 'Jun Park' }, date: null },
    ],
    reports: null,
    meeting: { everyWeeks: 2, day: 'Tuesday', time: '09:30', minutes: 45, firstDate: '2026-03-24', topic: 'Pipeline, lead feedback and one shared topic' },
    promoted: ['s0/pledge'],
  },
  'comp:curve': { view: 'curve', patternId: null, scenarioId: null, takeaways: [] },
  'comp:paycheck': { view: 'paycheck', patternId: 'slip', scenarioId: null, takeaways: [] },
  'comp:dry': { view: 'paycheck', patternId: 'dry', scenarioId: null, takeaways: [] },
  'comp:clawback': { view: 'paycheck', patternId: 'clawback', scenarioId: null, takeaways: [] },
  'comp:april': { view: 'paycheck', patternId: 'april', scenarioId: null, takeaways: [] },
  'comp:moment': { view: 'moment', patternId: null, scenarioId: null, takeaways: [] },
  'comp:takeaways': {
    view: 'moment',
    patternId: null,
    scenarioId: 'last-day',
    takeaways: [
      'No campaign launches in the last two weeks of a quarter',
      'Ask reps for case studies in the first month of a quarter, not the third',
      'Time leads: a hot lead in week 12 gets a call the same day',
    ],
  },
  'comp:poll': {
    view: 'poll',
    patternId: null,
    scenarioId: 'last-day',
    takeaways: ['No campaign launches in the last two weeks of a quarter', 'Ask reps for case studies in the first month of a quarter, not the third'],
  },
};

export const mine: Record<string, Record<string, unknown>> = {
  comp: { 'last-day': { option: 'a1' } },
  commitments: { shadow: { in: true } },
  buyingmap: { 'mid.decide.stall': { placed: true }, 'mid.research.nocontent': { placed: true } },
  persona: { 'note-0001x': { section: 'night', text: 'A big deal slipping in the last week' }, 'v-n4': { dots: 3 } },
};

export const actionItems: ActionItem[] = [
  {
    id: 'ai1',
    workshopId: 'w1',
    text: 'Write down the shared definition of a quality lead and send it to both teams',
    owner: 'Gus Larsen',
    dueDate: '2026-03-20',
    status: 'open',
    position: 0,
  },
  { id: 'ai2', workshopId: 'w1', text: 'Send marketing three win stories a month', owner: 'Ana Ruiz', dueDate: '2026-04-10', status: 'open', position: 1 },
  {
    id: 'ai3',
    workshopId: 'w1',
    text: 'Follow up hot leads within 24 hours and log the outcome',
    owner: 'Fay Nguyen',
    dueDate: '2026-03-31',
    status: 'open',
    position: 2,
  },
];

function responsesFor(kind: string, config: unknown): StoredResponse[] {
  const out: StoredResponse[] = [];
  seed = 11;
  if (kind === 'comp') {
    const c = config as ReturnType<typeof defaultCompConfig>;
    for (const p of people) {
      for (const s of c.scenarios) {
        // Sales leans to the first answer (close today), marketing to the second.
        const w = p.team === 'sales' ? [5, 1, 2, 1, 1, 1] : p.team === 'marketing' ? [1, 4, 2, 2, 1, 1] : [1, 1, 1, 1, 1, 1];
        out.push({
          participantId: p.id,
          team: p.team,
          itemKey: s.id,
          value: {
            option: pick(
              s.options.map((o) => o.id),
              w.slice(0, s.options.length),
            ),
          },
        });
      }
    }
  }
  if (kind === 'commitments') {
    const pledges = [
      'Send marketing three win stories a month',
      'Join two discovery calls before the end of April',
      'Tell sales which campaign each lead came from',
      'Reply to every MQL within a day',
      'Share the webinar list a month ahead',
    ];
    people.forEach((p, i) => {
      if (p.team !== 'other') out.push({ participantId: p.id, team: p.team, itemKey: 'shadow', value: { in: i % 3 !== 2 } });
      if (i < pledges.length * 2 && i % 2 === 0) out.push({ participantId: p.id, team: p.team, itemKey: 'pledge', value: { text: pledges[i / 2]! } });
    });
  }
  if (kind === 'persona') {
    PERSONA_NOTES.forEach(([section, text], i) => {
      const p = people[i % people.length]!;
      out.push({ participantId: p.id, team: p.team, itemKey: `note-${String(i).padStart(4, '0')}`, value: { section, text } });
    });
    if (withVotes) {
      const ballot = personaBallot();
      for (const p of people) {
        // Sales dots its own worries; marketing dots what it believes sales wants.
        const prefer = p.team === 'sales' ? [0, 4, 7, 9, 12, 15, 18, 21] : [1, 5, 6, 10, 13, 16, 19, 22];
        let left = 8;
        for (const idx of prefer) {
          const b = ballot[(idx + Math.floor(rand() * 2)) % ballot.length]!;
          const dots = Math.min(left, 1 + Math.floor(rand() * 2));
          if (dots <= 0) break;
          const key = `v-${b.id}`;
          const existing = out.find((r) => r.participantId === p.id && r.itemKey === key);
          if (existing) (existing.value as { dots: number }).dots += dots;
          else out.push({ participantId: p.id, team: p.team, itemKey: key, value: { dots } });
          left -= dots;
        }
      }
    }
  }
  if (kind === 'buyingmap') {
    const salesSpots = ['mid.decide.stall', 'mid.decide.lose', 'mid.evaluate.stall', 'mid.research.nocontent', 'ent.decide.stall', 'mid.onboard.lose'];
    const mktSpots = ['mid.evaluate.stall', 'mid.research.nocontent', 'mid.decide.stall', 'mid.aware.nocontent', 'mid.evaluate.lose', 'ent.research.nocontent'];
    for (const p of people) {
      const spots = p.team === 'sales' ? salesSpots : p.team === 'marketing' ? mktSpots : salesSpots;
      for (const key of spots) if (rand() < 0.65) out.push({ participantId: p.id, team: p.team, itemKey: key, value: { placed: true } });
    }
  }
  return out;
}

const withVotes = true;
const PERSONA_NOTES: [string, string][] = [
  ['goals', 'Hit the number every quarter'],
  ['goals', 'Make President’s Club'],
  ['goals', 'Build accounts that renew'],
  ['night', 'A big deal slipping in the last week'],
  ['night', 'Not enough pipeline for next quarter'],
  ['night', 'Losing to a cheaper competitor'],
  ['rhythm', 'Calm week one, chaos in week twelve'],
  ['rhythm', 'Every month starts from zero'],
  ['rhythm', 'Forecast calls every Monday'],
  ['paid', 'Half the pay depends on closing'],
  ['paid', 'Rewards closing now, not nurturing'],
  ['paid', 'Accelerators make the last deal worth double'],
  ['need', 'Fewer, better leads with context'],
  ['need', 'Case studies from their industry'],
  ['need', 'Battlecards that are up to date'],
  ['distrust', 'Leads that were never going to buy'],
  ['distrust', 'Campaigns launched without telling them'],
  ['distrust', 'Content nobody asked for'],
  ['learn', 'From other reps, not from slides'],
  ['learn', 'Five minutes before a call'],
  ['learn', 'Win stories with real numbers'],
  ['day', 'Calls from 9 to 5, admin after'],
  ['day', 'Chasing signatures and approvals'],
  ['day', 'CRM updates nobody reads'],
];
function personaBallot() {
  const notes: PersonaTally['notes'] = PERSONA_NOTES.map(([section, text], i) => {
    const p = people[i % people.length]!;
    return { key: `${p.id}/note-${String(i).padStart(4, '0')}`, section, text, team: p.team };
  });
  return makeBallot(defaultPersonaConfig(), notes, []);
}

export function results(kind: string, config: unknown, threshold: number): ActivityResults {
  const def = findDefinition(kind)!;
  const responses = responsesFor(kind, config);
  return {
    activityId: `a-${kind}`,
    aggregate: aggregate(def, config, responses, threshold),
    respondents: [...new Set(responses.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: true })),
    threshold,
  };
}
