import { describe, expect, it } from 'vitest';
import type { StoredResponse } from '../types';
import { pulse, PulseConfig, PULSE_SET_VERSION, PULSE_STATEMENTS } from './definition';
import { pulseResponses, PulseValue, type PulseValue as Value } from './logic';
import { pulseRows } from './rows';

const config: PulseConfig = {
  setVersion: PULSE_SET_VERSION,
  statements: [
    { id: 's1', text: 'We agree on what a qualified lead is.' },
    { id: 's2', text: 'I trust the other team’s numbers.' },
  ],
  extra: [{ id: 'own1', text: 'Our weekly stand-up is worth the time.' }],
};

const rate = (participantId: string, team: 'sales' | 'marketing', itemKey: string, rating: number): StoredResponse<Value> => ({
  participantId,
  team,
  itemKey,
  value: { rating },
});

describe('alignment pulse: the settings', () => {
  it('starts from the built-in set of 8–10 statements, at its version, with no own statements', () => {
    const c = pulse.defaultConfig();
    expect(c.setVersion).toBe(1);
    expect(c.statements.length).toBeGreaterThanOrEqual(8);
    expect(c.statements.length).toBeLessThanOrEqual(10);
    expect(c.statements).toEqual(PULSE_STATEMENTS);
    expect(c.extra).toEqual([]);
    expect(PulseConfig.safeParse(c).success).toBe(true);
  });

  it('refuses a sixth own statement and one over 140 characters, saying why', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `own${i}`, text: `Statement ${i}` }));
    expect(PulseConfig.safeParse({ ...config, extra: six }).error?.issues[0]?.message).toBe('At most 5 statements of your own');
    const long = [{ id: 'own1', text: 'x'.repeat(141) }];
    expect(PulseConfig.safeParse({ ...config, extra: long }).error?.issues[0]?.message).toBe('Keep each statement to 140 characters');
  });

  it('phones get only the statements', () => {
    expect(pulse.participantConfig!(config, null)).toEqual({ statements: config.statements, extra: config.extra });
  });
});

describe('alignment pulse: answers', () => {
  it('refuses a statement that is not in the pulse and a rating outside 1–5, in a sentence', () => {
    expect(pulseResponses.check(config, 'nope', { rating: 3 }, new Map())).toBe('That statement is not part of this pulse.');
    expect(pulseResponses.check(config, 's1', { rating: 0 }, new Map())).toBe('Rate from 1 (strongly disagree) to 5 (strongly agree).');
    expect(pulseResponses.check(config, 's1', { rating: 6 }, new Map())).toBe('Rate from 1 (strongly disagree) to 5 (strongly agree).');
    expect(PulseValue.safeParse({ rating: 6 }).error?.issues[0]?.message).toBe('Rate from 1 (strongly disagree) to 5 (strongly agree).');
    expect(PulseValue.safeParse({ rating: 2.5 }).success).toBe(false);
    expect(pulseResponses.check(config, 'own1', { rating: 5 }, new Map())).toBeNull();
    expect(pulseResponses.check(config, 's2', null, new Map())).toBeNull();
  });

  it('is complete once every statement, own ones included, is rated', () => {
    const two = new Map<string, Value>([
      ['s1', { rating: 3 }],
      ['s2', { rating: 4 }],
    ]);
    expect(pulseResponses.isComplete!(config, two)).toBe(false);
    expect(pulseResponses.isComplete!(config, new Map([...two, ['own1', { rating: 1 }]]))).toBe(true);
  });

  it('tallies n, the mean to one decimal and the spread per statement; the gap is |Sales − Marketing|', () => {
    const responses = [
      // s1: Sales 1, 2, 2 (mean 1.7); Marketing 4, 5, 5 (mean 4.7); all 19 / 6 = 3.17 → 3.2
      rate('a', 'sales', 's1', 1),
      rate('b', 'sales', 's1', 2),
      rate('c', 'sales', 's1', 2),
      rate('d', 'marketing', 's1', 4),
      rate('e', 'marketing', 's1', 5),
      rate('f', 'marketing', 's1', 5),
      // s2: Sales 4, 4 (4.0); Marketing 3 (3.0); all 11 / 3 = 3.67 → 3.7
      rate('a', 'sales', 's2', 4),
      rate('b', 'sales', 's2', 4),
      rate('d', 'marketing', 's2', 3),
    ];
    const all = pulseResponses.tally(config, responses);
    expect(all.statements.map((s) => [s.id, s.n, s.mean, s.distribution])).toEqual([
      ['s1', 6, 3.2, [1, 2, 0, 1, 2]],
      ['s2', 3, 3.7, [0, 0, 1, 2, 0]],
      ['own1', 0, null, [0, 0, 0, 0, 0]],
    ]);
    // Order-independent.
    expect(pulseResponses.tally(config, [...responses].reverse())).toEqual(all);

    const sales = pulseResponses.tally(
      config,
      responses.filter((r) => r.team === 'sales'),
    );
    const marketing = pulseResponses.tally(
      config,
      responses.filter((r) => r.team === 'marketing'),
    );
    const rows = pulseRows(all, sales, marketing);
    expect(rows.map((r) => [r.id, r.sales, r.marketing, r.gap])).toEqual([
      ['s1', 1.7, 4.7, 3],
      ['s2', 4, 3, 1],
      ['own1', null, null, null],
    ]);
  });
});
