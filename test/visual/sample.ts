import { aggregate, type Aggregate } from '../../src/activities/aggregate';
import { findDefinition } from '../../src/activities/registry';
import type { StoredResponse } from '../../src/activities/types';
import type { Team } from '../../src/shared/domain';
import { items } from '../../src/activities/shared-schemas';
import type { CardSortConfig } from '../../src/activities/cardsort/definition';
import type { DotVoteConfig } from '../../src/activities/dotvote/definition';
import type { RankingConfig } from '../../src/activities/ranking/definition';
import type { BrainstormConfig } from '../../src/activities/brainstorm/definition';
import type { SlideConfig } from '../../src/activities/slide/definition';
import type { BreakConfig } from '../../src/activities/break/definition';

let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

export const people: { id: string; name: string; team: Team }[] = [
  ...['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fay'].map((name, i) => ({ id: `s${i}`, name, team: 'sales' as Team })),
  ...['Gus', 'Hana', 'Ivo', 'Jun', 'Kit'].map((name, i) => ({ id: `m${i}`, name, team: 'marketing' as Team })),
  ...['Lou', 'Max'].map((name, i) => ({ id: `o${i}`, name, team: 'other' as Team })),
];

export const slide: SlideConfig = {
  text: 'Marketing plans for next quarter. Sales lives by this month’s number.\n\nToday we find where we already agree, and where we don’t.',
  bullets: ['What a quality lead is, in both teams’ words', 'Where hand-offs stall', 'Three commitments with owners and dates'],
};
export const breakConfig: BreakConfig = { message: 'Back at 10:45 — coffee is down the hall' };

export const cardsort: CardSortConfig = {
  prompt: 'Is this a sign of a quality lead?',
  cards: items(
    [
      'Title is VP or director',
      'Company size fits our ICP',
      'Industry fit',
      'Budget known',
      'Visited the pricing page',
      'Downloaded a whitepaper',
      'Attended a webinar',
      'Requested a demo',
      'Replied to an email',
      'Existing customer',
      'Competitor’s customer',
      'Timing known',
    ],
    'k',
  ),
  columns: items(['Quality lead', 'Not a signal', 'Depends'], 'c'),
  open: true,
};

export const dotvote: DotVoteConfig = {
  prompt: 'Where should we start fixing the hand-off?',
  options: items([
    'Agree one definition of an MQL',
    'Follow-up SLA: 24 hours for hot leads',
    'Weekly pipeline review together',
    'Shared dashboard of lead outcomes',
    'Job shadowing once a month',
    'Joint messaging workshop',
  ]),
  dotsPerPerson: 5,
  maxPerItem: 3,
};

export const ranking: RankingConfig = {
  prompt: 'Which KPI should we share first?',
  options: items(['Pipeline created', 'Win rate', 'Lead-to-meeting conversion', 'Sales cycle length', 'Revenue vs target']),
};

export const brainstorm: BrainstormConfig = { prompt: 'What would make marketing more useful to you this quarter?', anonymous: true, maxCardsPerPerson: 5 };
export const brainstormNamed: BrainstormConfig = { ...brainstorm, anonymous: false };

function responses<V>(make: (p: (typeof people)[number]) => [string, V][]): StoredResponse<V>[] {
  return people.flatMap((p) => make(p).map(([itemKey, value]) => ({ participantId: p.id, team: p.team, itemKey, value })));
}

const pick = <T>(list: readonly T[], weights: number[]): T => {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < list.length; i++) if ((r -= weights[i]!) <= 0) return list[i]!;
  return list[list.length - 1]!;
};

const salesBias: Record<string, number[]> = { k2: [1, 4, 2], k4: [6, 0, 1], k6: [0, 5, 1], k7: [0, 4, 2], k8: [6, 0, 0], k10: [3, 1, 3] };
const mktBias: Record<string, number[]> = { k2: [4, 0, 1], k4: [2, 1, 3], k6: [5, 0, 1], k7: [4, 1, 1], k8: [6, 0, 0], k10: [0, 3, 3] };

export function results(kind: string, config: unknown, threshold = 3, extra?: (rs: StoredResponse[]) => StoredResponse[]) {
  const def = findDefinition(kind)!;
  let rs: StoredResponse[] = [];
  if (kind === 'cardsort') {
    rs = responses((p) =>
      cardsort.cards.map((c) => {
        const w = (p.team === 'sales' ? salesBias : mktBias)[c.id] ?? [2, 1, 2];
        const column = pick(['c1', 'c2', 'c3'], w);
        return [
          c.id,
          column === 'c3' && rand() < 0.5 ? { column, note: pick(['if they have budget', 'on company size', 'who downloaded it'], [1, 1, 1]) } : { column },
        ];
      }),
    );
    rs.push({ participantId: 'm0', team: 'marketing', itemKey: 'k9', value: { column: 'custom:Nurture first' } });
  } else if (kind === 'dotvote') {
    rs = responses((p) => {
      const w = p.team === 'sales' ? [1, 5, 2, 3, 1, 1] : [5, 1, 2, 3, 2, 3];
      const dots = new Map<string, number>();
      for (let i = 0; i < 5; i++) {
        const o = pick(dotvote.options, w).id;
        if ((dots.get(o) ?? 0) < 3) dots.set(o, (dots.get(o) ?? 0) + 1);
      }
      return [...dots].map(([k, d]) => [k, { dots: d }]);
    });
  } else if (kind === 'ranking') {
    rs = responses((p) => {
      const ids = ranking.options.map((o) => o.id);
      const score = new Map(ids.map((id, i) => [id, rand() * 3 + (p.team === 'sales' ? [1, 3, 0, 2, 4][i]! : [3, 1, 4, 0, 2][i]!)]));
      return [['order', { order: [...ids].sort((a, b) => score.get(b)! - score.get(a)!) }]];
    });
  } else if (kind === 'brainstorm') {
    const texts = [
      'Battlecards we can use on a call',
      'Tell us which campaign a lead came from',
      'Case studies for mid-market',
      'Fewer leads, better ones',
      'A one-pager on pricing objections',
      'Join our Monday pipeline call',
      'Short videos instead of long PDFs',
      'Warn us before a big campaign lands',
      'Competitor comparison sheet',
      'Feedback loop on lead quality',
    ];
    rs = texts.map((text, i) => {
      const p = people[(i * 5) % people.length]!;
      return { participantId: p.id, team: p.team, itemKey: `card-abcd${i}`, value: { text } };
    });
  }
  if (extra) rs = extra(rs);
  const agg = aggregate(def, config, rs, threshold) as Aggregate | null;
  return {
    activityId: `a-${kind}`,
    aggregate: agg,
    respondents: [...new Set(rs.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: true })),
    threshold,
  };
}

/** Group the sample cards by their text, so keys match whatever results() produced. */
export function brainstormBoard(cards: { key: string; text: string }[]) {
  const key = (text: string) => cards.find((c) => c.text === text)?.key ?? text;
  return {
    clusters: [
      {
        id: 'g1',
        name: 'Sales content',
        cardKeys: ['Battlecards we can use on a call', 'Competitor comparison sheet', 'A one-pager on pricing objections'].map(key),
      },
      { id: 'g2', name: 'Lead context', cardKeys: ['Tell us which campaign a lead came from', 'Feedback loop on lead quality'].map(key) },
    ],
  };
}
