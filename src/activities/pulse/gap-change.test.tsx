import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../main/i18n';
import { activityOf, answers, resultsFor } from '../../../test/activities/views/helpers';
import type { PulseGapPoint, SeriesTrends } from '../../shared/trends';
import { PULSE_SET_VERSION, type PulseConfig } from './definition';
import { changeSummary, gapChange, pulseStatementKey } from './gap-change';
import { PulseResults } from './Results';

const en = i18nFor('en');

// The gap last time next to the gap now (issue #18). The view's workshop is 'w1' (activityOf); earlier ones are e1, e2.
const config: PulseConfig = {
  setVersion: PULSE_SET_VERSION,
  statements: [
    { id: 's1', text: 'We agree on what a qualified lead is.' },
    { id: 's2', text: 'I trust the other team’s numbers.' },
  ],
  extra: [{ id: 'own', text: 'Our weekly report is read.' }],
};
const point = (workshopId: string, gap: number | null, splitHidden = false): PulseGapPoint => ({
  workshopId,
  n: 6,
  sales: null,
  marketing: null,
  gap,
  splitHidden,
});
const trends: SeriesTrends = {
  series: { id: 's', title: 'ACME alignment 2027' },
  workshops: [
    { id: 'e1', title: 'Kickoff', date: '2027-03-03' },
    { id: 'e2', title: 'Joint meeting 2', date: '2027-03-17' },
    { id: 'w1', title: 'Joint meeting 3', date: '2027-03-31' },
  ],
  pulse: [
    { key: 'set1:s1', statementId: 's1', setVersion: 1, text: config.statements[0]!.text, points: [point('e1', 1.8), point('e2', 1.2)] },
    { key: 'set1:s2', statementId: 's2', setVersion: 1, text: config.statements[1]!.text, points: [point('e2', 0.4)] },
    { key: 'own:own', statementId: 'own', setVersion: null, text: 'Our weekly report is read.', points: [point('e2', null, true)] },
  ],
  leadCards: [],
};

describe('pulse gap: last time and now', () => {
  it('keys built-in statements by set version and the facilitator’s own by id', () => {
    expect(pulseStatementKey(config, 's1')).toBe('set1:s1');
    expect(pulseStatementKey(config, 'own')).toBe('own:own');
  });

  it('compares with the latest earlier workshop that answered, in words', () => {
    expect(gapChange(en, trends, 'w1', 'set1:s1', 0.6)).toMatchObject({ way: 'narrowed', arrow: '↓', text: 'narrowed from 1.2 last time' });
    expect(gapChange(en, trends, 'w1', 'set1:s2', 1.1)).toMatchObject({ way: 'widened', arrow: '↑', text: 'widened from 0.4 last time' });
    expect(gapChange(en, trends, 'w1', 'set1:s2', 0.4)).toMatchObject({ way: 'unchanged', text: 'same as last time (0.4)' });
    expect(gapChange(en, trends, 'w1', 'own:own', 1.0)).toMatchObject({ way: 'hidden-then', text: 'hidden last time' });
    expect(gapChange(en, trends, 'w1', 'set1:s1', null)).toMatchObject({ way: 'unknown-now', text: '1.2 last time' });
    expect(gapChange(en, trends, 'e1', 'set1:s1', 0.6)).toBeNull();
    expect(gapChange(en, undefined, 'w1', 'set1:s1', 0.6)).toBeNull();
  });

  it('sums up against the latest earlier workshop', () => {
    const changes = [gapChange(en, trends, 'w1', 'set1:s1', 0.6), gapChange(en, trends, 'w1', 'set1:s2', 1.1), gapChange(en, trends, 'w1', 'own:own', 1)];
    expect(changeSummary(en, changes, trends.workshops)).toBe('Since Joint meeting 2 (17 Mar): narrower on 1 statement, wider on 1 statement.');
    expect(changeSummary(en, [null], trends.workshops)).toBeNull();
  });

  it('the results show the gap last time next to the gap now, on the projector', () => {
    // s1: Sales 4, Marketing 3 (gap 1.0, from 1.2: narrowed); s2: Sales 2, Marketing 4 (gap 2.0, from 0.4: widened); own: not rated now, hidden last time.
    const responses = [
      ...answers('sales', 3, () => [
        ['s1', { rating: 4 }],
        ['s2', { rating: 2 }],
      ]),
      ...answers('marketing', 3, () => [
        ['s1', { rating: 3 }],
        ['s2', { rating: 4 }],
      ]),
    ];
    const { container } = render(
      <PulseResults
        activity={activityOf('pulse', config)}
        config={config}
        results={resultsFor('pulse', config, responses)}
        surface="projector"
        trends={trends}
      />,
    );
    const subs = [...container.querySelectorAll('.cgv-bar-sub')].map((e) => e.textContent);
    expect(subs).toEqual([
      'Gap 2.0 · 6 ratings. ↑ widened from 0.4 last time',
      'Gap 1.0 · 6 ratings. ↓ narrowed from 1.2 last time',
      '0 ratings. hidden last time',
    ]);
    // The arrows are decoration: the words are what a screen reader hears.
    expect([...container.querySelectorAll('.cgv-gap-change [aria-hidden="true"]')].map((e) => e.textContent?.trim())).toEqual(['↑', '↓']);
    expect(container.querySelector('.cgv-pulse-since')?.textContent).toBe('Since Joint meeting 2 (17 Mar): narrower on 1 statement, wider on 1 statement.');
  });

  it('without trends (no series) nothing about last time is shown', () => {
    const responses = [...answers('sales', 3, () => [['s1', { rating: 4 }]]), ...answers('marketing', 3, () => [['s1', { rating: 3 }]])];
    const { container } = render(
      <PulseResults activity={activityOf('pulse', config)} config={config} results={resultsFor('pulse', config, responses)} surface="console" />,
    );
    expect(container.textContent).not.toMatch(/last time|Since/);
    expect(container.querySelector('.cgv-bar-sub')?.textContent).toBe('Gap 1.0 · 6 ratings');
  });
});
