import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import { statementKey, type PulseStatementTrend } from '../../shared/trends';
import { pulse, type PulseConfig } from './definition';
import type { PulseValue } from './logic';
import { pulseRows } from './rows';

// The pulse gap per statement over a series (issue #18): per workshop, each team's mean, the gap
// |Sales − Marketing| and n, taken through aggregate() so a team's split hidden on screen is hidden here too.

export interface WorkshopPulses {
  workshopId: string;
  /** The workshop's anonymity threshold (each workshop's own). */
  threshold: number;
  /** Its pulse activities in agenda order, with their stored answers. */
  pulses: readonly { config: PulseConfig; responses: readonly StoredResponse<PulseValue>[] }[];
}

/**
 * One trend per statement asked anywhere in the series, in the order first asked; one point per workshop
 * (in the order given) whose pulse got ratings for it. A workshop with several pulses counts its last one
 * that anyone answered (a closing pulse is the later word). Built-in statements match by set version and id,
 * so a reworded set never mixes with the old one; the facilitator's own by id.
 */
export function pulseGapTrends(workshops: readonly WorkshopPulses[]): PulseStatementTrend[] {
  const trends = new Map<string, PulseStatementTrend>();
  for (const w of workshops) {
    const answered = w.pulses.filter((p) => p.responses.length > 0).at(-1);
    if (!answered) continue;
    const { config } = answered;
    const agg = aggregate(pulse, config, answered.responses, w.threshold);
    if (!agg) continue;
    const team = (t: 'sales' | 'marketing') => agg.teams.find((x) => x.team === t);
    const splitHidden = Boolean(team('sales')?.suppressed || team('marketing')?.suppressed);
    const rows = new Map(pulseRows(agg.overall, team('sales')?.result ?? null, team('marketing')?.result ?? null).map((r) => [r.id, r]));
    const asked = [...config.statements.map((s) => ({ s, version: config.setVersion as number | null })), ...config.extra.map((s) => ({ s, version: null }))];
    for (const { s, version } of asked) {
      const row = rows.get(s.id);
      if (!row || row.n === 0) continue;
      const key = statementKey(s.id, version);
      const trend = trends.get(key) ?? { key, statementId: s.id, setVersion: version, text: s.text, points: [] };
      trend.text = s.text;
      trend.points.push({ workshopId: w.workshopId, n: row.n, sales: row.sales, marketing: row.marketing, gap: row.gap, splitHidden });
      trends.set(key, trend);
    }
  }
  return [...trends.values()];
}
