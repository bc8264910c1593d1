import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { CardSortTally, PlacementValue } from '../cardsort/logic';
import { compareTeams } from '../team-divergence';
import type { LeadCardTrend } from '../../shared/trends';
import { leadCardKey } from './card-key';
import { leadsort, type LeadSortConfig } from './definition';

// The lead-sort divergence of cards sorted in more than one workshop of a series (issue #18): is
// "Downloaded a whitepaper" still 0.83 apart? Per workshop, the total variation distance between the
// teams' sorts (team-divergence.ts), through aggregate() so hidden splits stay hidden.

export interface WorkshopLeadSorts {
  workshopId: string;
  threshold: number;
  /** Its lead-quality sorts in agenda order, with their stored answers. */
  sorts: readonly { config: LeadSortConfig; responses: readonly StoredResponse<PlacementValue>[] }[];
}

/**
 * One trend per card that people sorted in at least two workshops, matched by leadCardKey (an example signal in
 * any language, else the text), in the order
 * first sorted. A workshop with several lead sorts counts its last one anyone answered.
 */
export function leadCardTrends(workshops: readonly WorkshopLeadSorts[]): LeadCardTrend[] {
  const trends = new Map<string, LeadCardTrend>();
  for (const w of workshops) {
    const answered = w.sorts.filter((s) => s.responses.length > 0).at(-1);
    if (!answered) continue;
    const { config } = answered;
    const agg = aggregate<LeadSortConfig, PlacementValue, CardSortTally>(leadsort, config, answered.responses, w.threshold);
    if (!agg) continue;
    const team = (t: 'sales' | 'marketing') => agg.teams.find((x) => x.team === t);
    const splitHidden = Boolean(team('sales')?.suppressed || team('marketing')?.suppressed);
    const sales = team('sales')?.result;
    const marketing = team('marketing')?.result;
    const compared = sales && marketing ? new Map(compareTeams(config.columns, config.cards, sales, marketing).cards.map((c) => [c.id, c])) : null;
    for (const card of config.cards) {
      const n = agg.overall.cards.find((c) => c.id === card.id)?.total ?? 0;
      if (n === 0) continue;
      const key = leadCardKey(card.text);
      const trend = trends.get(key) ?? { key, text: card.text.trim(), points: [] };
      if (trend.points.some((p) => p.workshopId === w.workshopId)) continue; // the same text twice in one sort: the first card speaks for it
      trend.text = card.text.trim();
      trend.points.push({ workshopId: w.workshopId, n, divergence: compared?.get(card.id)?.divergence ?? null, splitHidden });
      trends.set(key, trend);
    }
  }
  return [...trends.values()].filter((t) => t.points.length > 1);
}
