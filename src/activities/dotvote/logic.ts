import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import { dotCount } from '../dots';
import { say } from '../../shared/api/say';
import { defineResponses, dotsLeftMessage } from '../types';
import type { DotVoteConfig } from './definition';

/** Dots one person put on one option (item key = option id). */
export const DotValue = z.object({ dots: dotCount(20) }).strict();
export type DotValue = z.infer<typeof DotValue>;

export interface DotVoteTally {
  totalDots: number;
  /** Options, most dots first; ties keep the planned order. */
  options: { id: string; text: string; dots: number; voters: number }[];
}

export const dotsUsed = (mine: ReadonlyMap<string, DotValue>, except?: string): number =>
  [...mine].reduce((sum, [key, v]) => (key === except ? sum : sum + v.dots), 0);

export const dotVoteResponses = defineResponses<DotVoteConfig, DotValue, DotVoteTally>({
  valueSchema: DotValue,
  check(config, itemKey, value, mine, context) {
    if (!config.options.some((o) => o.id === itemKey)) return say(msg`That option is not part of this vote.`);
    if (value === null) return null;
    const max = config.maxPerItem;
    if (value.dots > max)
      return say(msg`${plural(max, { one: 'You can put at most # dot on one option.', other: 'You can put at most # dots on one option.' })}`);
    const left = config.dotsPerPerson - dotsUsed(mine, itemKey);
    return value.dots > left ? dotsLeftMessage(context, left, config.dotsPerPerson) : null;
  },
  tally(config, responses) {
    const dots = new Map<string, number>();
    const voters = new Map<string, number>();
    for (const r of responses) {
      dots.set(r.itemKey, (dots.get(r.itemKey) ?? 0) + r.value.dots);
      voters.set(r.itemKey, (voters.get(r.itemKey) ?? 0) + 1);
    }
    const options = config.options
      .map((o, index) => ({ id: o.id, text: o.text, dots: dots.get(o.id) ?? 0, voters: voters.get(o.id) ?? 0, index }))
      .sort((a, b) => b.dots - a.dots || a.index - b.index)
      .map(({ index: _index, ...o }) => o);
    return { totalDots: options.reduce((s, o) => s + o.dots, 0), options };
  },
  isComplete: (config, mine) => dotsUsed(mine) >= config.dotsPerPerson,
});
