import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { say, says } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { PulseConfig } from './definition';
import { allStatements } from './statements';

const RANGE = msg`Rate from 1 (strongly disagree) to 5 (strongly agree).`;

/** One person's rating of one statement (item key = statement id). */
export const PulseValue = z.object({ rating: z.number().int(says(RANGE)).min(1, says(RANGE)).max(5, says(RANGE)) }).strict();
export type PulseValue = z.infer<typeof PulseValue>;

export interface PulseStatementTally {
  id: string;
  text: string;
  /** People who rated it. */
  n: number;
  /** Mean rating to one decimal, null when nobody rated it. */
  mean: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

export interface PulseTally {
  /** In the order people answer them. */
  statements: PulseStatementTally[];
}

export const mean1 = (sum: number, n: number): number | null => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);

export const pulseResponses = defineResponses<PulseConfig, PulseValue, PulseTally>({
  valueSchema: PulseValue,
  check(config, itemKey, value) {
    if (!allStatements(config).some((s) => s.id === itemKey)) return say(msg`That statement is not part of this pulse.`);
    if (value === null) return null;
    return Number.isInteger(value.rating) && value.rating >= 1 && value.rating <= 5 ? null : say(RANGE);
  },
  tally(config, responses) {
    const statements = allStatements(config).map((s): PulseStatementTally => {
      const distribution: PulseStatementTally['distribution'] = [0, 0, 0, 0, 0];
      let sum = 0;
      let n = 0;
      for (const r of responses) {
        if (r.itemKey !== s.id) continue;
        distribution[r.value.rating - 1]! += 1;
        sum += r.value.rating;
        n += 1;
      }
      return { id: s.id, text: s.text, n, mean: mean1(sum, n), distribution };
    });
    return { statements };
  },
  isComplete: (config, mine) => allStatements(config).every((s) => mine.has(s.id)),
});

/** |Sales − Marketing| to one decimal, null unless both rated it. */
export function gapOf(sales: number | null | undefined, marketing: number | null | undefined): number | null {
  if (sales == null || marketing == null) return null;
  return Math.round(Math.abs(sales - marketing) * 10) / 10;
}
