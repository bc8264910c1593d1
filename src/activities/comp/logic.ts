import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { say } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { CompConfig } from './definition';

/** One person's answer to one scenario poll (item key = scenario id). */
export const ChoiceValue = z.object({ option: z.string().min(1).max(64) }).strict();
export type ChoiceValue = z.infer<typeof ChoiceValue>;

export interface PollTally {
  scenarios: {
    id: string;
    prompt: string;
    /** People who answered this scenario. */
    n: number;
    options: { id: string; text: string; count: number }[];
  }[];
}

export const compResponses = defineResponses<CompConfig, ChoiceValue, PollTally>({
  valueSchema: ChoiceValue,
  check(config, itemKey, value) {
    const scenario = config.scenarios.find((s) => s.id === itemKey);
    if (!scenario) return say(msg`That question is not part of this session.`);
    if (value === null) return null;
    return scenario.options.some((o) => o.id === value.option) ? null : say(msg`Pick one of the answers shown.`);
  },
  tally(config, responses) {
    return {
      scenarios: config.scenarios.map((s) => {
        const mine = responses.filter((r) => r.itemKey === s.id);
        return {
          id: s.id,
          prompt: s.prompt,
          n: mine.length,
          options: s.options.map((o) => ({ id: o.id, text: o.text, count: mine.filter((r) => r.value.option === o.id).length })),
        };
      }),
    };
  },
  isComplete: (config, mine) => config.scenarios.length > 0 && config.scenarios.every((s) => mine.has(s.id)),
});
