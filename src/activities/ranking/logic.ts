import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { say } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { RankingConfig } from './definition';
import { ORDER_KEY } from './keys';

/** One person's full order (item key "order"): option ids, best first. */
export const OrderValue = z.object({ order: z.array(z.string().min(1).max(64)).max(200) }).strict();
export type OrderValue = z.infer<typeof OrderValue>;

export { ORDER_KEY };

export interface RankingTally {
  ballots: number;
  /** Best first by Borda points; ties keep the planned order. rank is shared on ties. */
  options: { id: string; text: string; points: number; rank: number; firstPlaces: number }[];
}

/** Borda count: with n options, first place gets n-1 points, last gets 0. */
export function bordaPoints(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, i) => [id, order.length - 1 - i]));
}

export const rankingResponses = defineResponses<RankingConfig, OrderValue, RankingTally>({
  valueSchema: OrderValue,
  check(config, itemKey, value, _mine, context) {
    if (itemKey !== ORDER_KEY) return say(msg`A ranking is saved as one whole order.`);
    if (value === null) return null;
    const ids = config.options.map((o) => o.id);
    const once = new Set(value.order).size === value.order.length && value.order.every((id) => ids.includes(id));
    // A kept order may miss options added since it was saved (the phone then asks for a new order).
    if (context?.live === false) return once ? null : say(msg`An order names each option at most once, and only options of this ranking.`);
    return once && value.order.length === ids.length ? null : say(msg`Put every option in the order exactly once.`);
  },
  tally(config, responses) {
    const points = new Map(config.options.map((o) => [o.id, 0]));
    const firsts = new Map(config.options.map((o) => [o.id, 0]));
    for (const r of responses) {
      for (const [id, p] of bordaPoints(r.value.order)) if (points.has(id)) points.set(id, points.get(id)! + p);
      const first = r.value.order[0];
      if (first !== undefined && firsts.has(first)) firsts.set(first, firsts.get(first)! + 1);
    }
    const sorted = config.options
      .map((o, index) => ({ id: o.id, text: o.text, points: points.get(o.id)!, firstPlaces: firsts.get(o.id)!, index }))
      .sort((a, b) => b.points - a.points || a.index - b.index);
    const options = sorted.map(({ index: _index, ...o }, i) => ({
      ...o,
      rank: sorted.findIndex((x) => x.points === o.points) + 1 || i + 1,
    }));
    return { ballots: responses.length, options };
  },
  isComplete: (_config, mine) => mine.has(ORDER_KEY),
});
