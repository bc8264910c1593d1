import type { Core } from '../../src/main/core';
import type { OpInput, OpOutput } from '../../src/shared/api/contract';
import type { OpName } from '../../src/shared/api/names';
import type { Participant, Team } from '../../src/shared/domain';
import type { LeadSortConfig } from '../../src/activities/leadsort/definition';

// A series of three workshops made through the API (issue #18 trends): each with the same 5 Sales and
// 5 Marketing people, an alignment pulse and a lead-quality sort, answered so the hand-worked figures hold:
//   "We agree on what a qualified lead is": gap 1.8 → 1.2 → 0.6 (Sales 4.2/4.0/3.8, Marketing 2.4/2.8/3.2)
//   "Downloaded a whitepaper": 0.80 → 0.40 → 0.40 apart (see below)
// No vitest here, so the e2e test can use it too.

function op<K extends OpName>(core: Core, name: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

export const QUALIFIED = 'qualified-lead';
export const TRUST = 'trust-numbers';
const PULSE = {
  // Per workshop: Sales' and Marketing's five ratings of "qualified lead", then of "trust numbers".
  [QUALIFIED]: [
    { sales: [5, 4, 4, 4, 4], marketing: [2, 2, 3, 2, 3] },
    { sales: [4, 4, 4, 4, 4], marketing: [3, 3, 3, 3, 2] },
    { sales: [4, 4, 4, 4, 3], marketing: [3, 3, 3, 4, 3] },
  ],
  // Gap 1.0 every time (Sales 2.0, Marketing 3.0).
  [TRUST]: [0, 1, 2].map(() => ({ sales: [2, 2, 2, 2, 2], marketing: [3, 3, 3, 3, 3] })),
};
/** Where each of the five people per team put "Downloaded a whitepaper" (Sales, Marketing) in each workshop. */
const WHITEPAPER: { sales: string[]; marketing: string[] }[] = [
  // Sales 1 quality + 4 not = (0.2, 0.8, 0); Marketing 5 quality = (1, 0, 0): TVD (0.8 + 0.8 + 0) / 2 = 0.80
  { sales: ['quality', 'not', 'not', 'not', 'not'], marketing: ['quality', 'quality', 'quality', 'quality', 'quality'] },
  // Sales (0.4, 0.6, 0); Marketing (0.8, 0.2, 0): TVD 0.40
  { sales: ['quality', 'quality', 'not', 'not', 'not'], marketing: ['quality', 'quality', 'quality', 'quality', 'not'] },
  // The same again: still 0.40
  { sales: ['quality', 'quality', 'not', 'not', 'not'], marketing: ['quality', 'quality', 'quality', 'quality', 'not'] },
];

export interface TrendSeries {
  seriesId: string;
  workshops: { id: string; title: string; date: string }[];
}

/** Three dated workshops in one series, pulse and lead sort answered in each; `answered` workshops only (default all three). */
export function trendSeries(core: Core, answered = 3): TrendSeries {
  const dates = ['2027-03-03', '2027-03-17', '2027-03-31'];
  const series = op(core, 'series:create', { title: 'ACME alignment 2027' });
  const workshops = dates.map((date, i) => {
    const w = op(core, 'workshop:create', { title: `ACME joint meeting ${i + 1}`, date });
    op(core, 'workshop:setSeries', { workshopId: w.id, seriesId: series.id });
    const people: Participant[] = [];
    for (const team of ['sales', 'marketing'] as Team[]) {
      for (let p = 0; p < 5; p++)
        people.push(op(core, 'participant:add', { workshopId: w.id, name: `${team === 'sales' ? 'Sales' : 'Marketing'} person ${p + 1}`, team }));
    }
    const pulse = op(core, 'activity:add', { workshopId: w.id, kind: 'pulse' });
    const sort = op(core, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
    if (i < answered) {
      const submit = (activityId: string, participantId: string, itemKey: string, value: unknown) =>
        op(core, 'response:submit', { activityId, participantId, itemKey, value });
      for (const [id, perWorkshop] of Object.entries(PULSE)) {
        for (const team of ['sales', 'marketing'] as const) {
          perWorkshop[i]![team].forEach((rating, k) => submit(pulse.id, people.filter((p) => p.team === team)[k]!.id, id, { rating }));
        }
      }
      const card = (sort.config as LeadSortConfig).cards.find((c) => c.text === 'Downloaded a whitepaper');
      if (!card) throw new Error('The lead sort no longer ships "Downloaded a whitepaper"');
      for (const team of ['sales', 'marketing'] as const) {
        WHITEPAPER[i]![team].forEach((column, k) => submit(sort.id, people.filter((p) => p.team === team)[k]!.id, card.id, { column }));
      }
    }
    return { id: w.id, title: w.title, date };
  });
  return { seriesId: series.id, workshops };
}
