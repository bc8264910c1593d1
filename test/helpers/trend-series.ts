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

/** Sends one operation: to a core in the process, or over HTTP to a browser-mode server (e2e). */
export type Send = <K extends OpName>(name: K, input: OpInput<K>) => Promise<OpOutput<K>>;

/** A core in this process as a Send. */
export const viaCore =
  (core: Core): Send =>
  async (name, input) => {
    const result = core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };

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
export async function trendSeries(send: Send, answered = 3): Promise<TrendSeries> {
  const dates = ['2027-03-03', '2027-03-17', '2027-03-31'];
  const series = await send('series:create', { title: 'ACME alignment 2027' });
  const workshops: TrendSeries['workshops'] = [];
  for (const [i, date] of dates.entries()) {
    const w = await send('workshop:create', { title: `ACME joint meeting ${i + 1}`, date });
    await send('workshop:setSeries', { workshopId: w.id, seriesId: series.id });
    const people: Participant[] = [];
    for (const team of ['sales', 'marketing'] as Team[]) {
      for (let p = 0; p < 5; p++) {
        people.push(await send('participant:add', { workshopId: w.id, name: `${team === 'sales' ? 'Sales' : 'Marketing'} person ${p + 1}`, team }));
      }
    }
    const pulse = await send('activity:add', { workshopId: w.id, kind: 'pulse' });
    const sort = await send('activity:add', { workshopId: w.id, kind: 'leadsort' });
    const of = (team: Team, k: number) => people.filter((p) => p.team === team)[k]!.id;
    if (i < answered) {
      for (const [id, perWorkshop] of Object.entries(PULSE)) {
        for (const team of ['sales', 'marketing'] as const) {
          for (const [k, rating] of perWorkshop[i]![team].entries()) {
            await send('response:submit', { activityId: pulse.id, participantId: of(team, k), itemKey: id, value: { rating } });
          }
        }
      }
      const card = (sort.config as LeadSortConfig).cards.find((c) => c.text === 'Downloaded a whitepaper');
      if (!card) throw new Error('The lead sort no longer ships "Downloaded a whitepaper"');
      for (const team of ['sales', 'marketing'] as const) {
        for (const [k, column] of WHITEPAPER[i]![team].entries()) {
          await send('response:submit', { activityId: sort.id, participantId: of(team, k), itemKey: card.id, value: { column } });
        }
      }
    }
    workshops.push({ id: w.id, title: w.title, date });
  }
  return { seriesId: series.id, workshops };
}
