import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activityOf, answers, resultsFor } from '../../../test/activities/views/helpers';
import type { LeadCardPoint, SeriesTrends } from '../../shared/trends';
import { leadsort, type LeadSortConfig } from './definition';
import { cardChange as cardChangeIn, cardChangeSummary as summaryIn } from './card-change';
import { leadCardKey } from './card-key';
import { i18nFor } from '../../main/i18n';
import { LeadSortResults } from './Results';

// How far apart the teams sorted a card last time next to now (issue #18). The view's workshop is 'w1' (activityOf);
// earlier ones are e1, e2. Two cards; the teams sort them so that A is 0.33 apart now and B 0.67.
const base = leadsort.defaultConfig();
const config: LeadSortConfig = {
  ...base,
  cards: [
    { id: 'a', text: 'Downloaded a whitepaper', description: '' },
    { id: 'b', text: 'Asked for a demo', description: '' },
  ],
};
const [quality, not] = [config.columns[0]!.id, config.columns[1]!.id];
const point = (workshopId: string, divergence: number | null, splitHidden = false): LeadCardPoint => ({ workshopId, divergence, n: 6, splitHidden });
const trendsOf = (a: LeadCardPoint[], b: LeadCardPoint[]): SeriesTrends => ({
  series: { id: 's', title: 'ACME alignment 2027' },
  workshops: [
    { id: 'e1', title: 'ACME kickoff', date: '2027-03-03' },
    { id: 'e2', title: 'ACME joint meeting 2', date: '2027-03-17' },
    { id: 'w1', title: 'ACME joint meeting 3', date: '2027-03-31' },
  ],
  pulse: [],
  // Keyed as the core keys cards across workshops: an example signal by its id, the facilitator's own by its text.
  leadCards: [
    { key: leadCardKey('Downloaded a whitepaper'), text: 'Downloaded a whitepaper', points: a },
    { key: leadCardKey('Asked for a demo'), text: 'Asked for a demo', points: b },
  ],
});
const en = i18nFor('en');
const cardChange = (...args: Parameters<typeof cardChangeIn> extends [unknown, ...infer R] ? R : never) => cardChangeIn(en, ...args);
const cardChangeSummary = (...args: Parameters<typeof summaryIn> extends [unknown, ...infer R] ? R : never) => summaryIn(en, ...args);
const trends = trendsOf([point('e1', 0.9), point('e2', 0.8333)], [point('e2', 0.2)]);

// Sales: A all quality, B all quality. Marketing: A 2 quality 1 not (0.33 apart), B 1 quality 2 not (0.67 apart).
const sorted = (n = 3) => [
  ...answers('sales', n, () => [
    ['a', { column: quality }],
    ['b', { column: quality }],
  ]),
  ...answers('marketing', n, (i) => [
    ['a', { column: i < (2 * n) / 3 ? quality : not }],
    ['b', { column: i < n / 3 ? quality : not }],
  ]),
];
const view = (surface: 'projector' | 'console', t: SeriesTrends | undefined, threshold = 3, n = 3) =>
  render(
    <LeadSortResults
      activity={activityOf('leadsort', config)}
      config={config}
      results={resultsFor('leadsort', config, sorted(n), threshold)}
      surface={surface}
      {...(t ? { trends: t } : {})}
    />,
  );
const rowOf = (text: string) => screen.getByText(text).closest('li')!;

describe('lead card: how far apart last time and now', () => {
  it('compares with the latest earlier workshop that sorted the card, in words on the 0–100 scale the results use', () => {
    expect(cardChange(trends, 'w1', 'Downloaded a whitepaper', 0.4)).toMatchObject({ way: 'narrowed', text: '83 last time → 40 now, closer' });
    expect(cardChange(trends, 'w1', '  downloaded a WHITEPAPER ', 0.4)?.then.id).toBe('e2');
    expect(cardChange(trends, 'w1', 'Asked for a demo', 0.67)).toMatchObject({ way: 'widened', text: '20 last time → 67 now, further apart' });
    expect(cardChange(trends, 'w1', 'Asked for a demo', 0.22)).toMatchObject({ way: 'unchanged', text: '20 last time → 22 now, about the same' });
    expect(cardChange(trends, 'w1', 'Asked for a demo', null)).toMatchObject({ way: 'unknown-now', text: '20 apart last time', figures: null });
    expect(cardChange(trends, 'e2', 'Downloaded a whitepaper', 0.4)).toMatchObject({ text: '90 last time → 40 now, closer' });
    expect(cardChange(trends, 'e1', 'Downloaded a whitepaper', 0.4)).toBeNull();
    expect(cardChange(trends, 'w1', 'Called the sales line', 0.4)).toBeNull();
    expect(cardChange(undefined, 'w1', 'Downloaded a whitepaper', 0.4)).toBeNull();
  });

  it('matches an example signal across languages, and says it in the room’s language', () => {
    expect(leadCardKey('Downloaded a whitepaper')).toBe(leadCardKey('  hat ein WHITEPAPER heruntergeladen'));
    expect(leadCardKey('Ha descargado un whitepaper')).toBe(leadCardKey('Downloaded a whitepaper'));
    expect(leadCardKey('Asked for a demo')).toBe('asked for a demo'); // the facilitator's own card: by its text
    const de = i18nFor('de');
    const change = cardChangeIn(de, trends, 'w1', 'Hat ein Whitepaper heruntergeladen', 0.4);
    expect(change).toMatchObject({ way: 'narrowed', then: { id: 'e2' } });
    expect(change!.text).toBe('83 letztes Mal → 40 jetzt, näher');
    expect(change!.figures!.word).toBe('näher');
    expect(summaryIn(de, [change, cardChangeIn(de, trends, 'w1', 'Asked for a demo', null)], trends.workshops)).toBe(
      'Seit ACME joint meeting 2 (17. März): näher beieinander bei 1 Karte.',
    );
  });

  it('never gives a figure for a split that was hidden last time', () => {
    const hidden = trendsOf([point('e1', 0.9), point('e2', null, true)], [point('e2', null)]);
    expect(cardChange(hidden, 'w1', 'Downloaded a whitepaper', 0.4)).toMatchObject({ way: 'hidden-then', text: 'hidden last time', figures: null });
    expect(cardChange(hidden, 'w1', 'Asked for a demo', 0.4)).toMatchObject({ way: 'hidden-then', text: 'not compared last time' });
  });

  it('sums up against the latest earlier workshop', () => {
    const changes = [cardChange(trends, 'w1', 'Downloaded a whitepaper', 0.4), cardChange(trends, 'w1', 'Asked for a demo', 0.67)];
    expect(cardChangeSummary(changes, trends.workshops)).toBe('Since ACME joint meeting 2 (17 Mar): closer on 1 card, further apart on 1 card.');
    expect(cardChangeSummary([null], trends.workshops)).toBeNull();
  });

  it('the projector shows last time next to now under each card, in words, with the arrow hidden from screen readers', () => {
    view('projector', trends);
    expect(screen.getByText('Since ACME joint meeting 2 (17 Mar): closer on 1 card, further apart on 1 card.')).toBeTruthy();
    const a = rowOf('Downloaded a whitepaper').querySelector('.cgx-card-change')!;
    expect(a.textContent).toBe('How far apart: 83 last time →, 33 now, closer');
    expect(a.querySelector('[aria-hidden="true"]')!.textContent).toBe('→');
    expect(a.querySelector('strong')!.textContent).toBe('closer');
    expect(rowOf('Asked for a demo').querySelector('.cgx-card-change')!.textContent).toBe('How far apart: 20 last time →, 67 now, further apart');
  });

  it('the console says the same in its own theme', () => {
    view('console', trends);
    expect(rowOf('Downloaded a whitepaper').querySelector('.cgx-card-change')!.textContent).toBe('How far apart: 83 last time →, 33 now, closer');
  });

  it('says a split hidden last time was hidden, without a figure', () => {
    view('projector', trendsOf([point('e1', 0.9), point('e2', null, true)], [point('e2', 0.2)]));
    expect(rowOf('Downloaded a whitepaper').querySelector('.cgx-card-change')!.textContent).toBe('How far apart: hidden last time');
  });

  it('compares nothing when a team’s split is hidden now (below the anonymity threshold)', () => {
    const { container } = view('projector', trends, 4);
    expect(screen.getByText(/No team comparison|below|fewer/i)).toBeTruthy();
    expect(container.querySelector('.cgx-card-change')).toBeNull();
    expect(container.textContent).not.toMatch(/last time/);
  });

  it('shows nothing about last time outside a series, or in the first workshop of one', () => {
    const { container, unmount } = view('projector', undefined);
    expect(container.textContent).not.toMatch(/last time|Since/);
    unmount();
    const first = view('projector', { ...trends, workshops: [{ id: 'w1', title: 'ACME kickoff', date: null }], leadCards: [] });
    expect(first.container.textContent).not.toMatch(/last time|Since/);
  });
});
