// Issue #13: the projector never drops an item. Long lists go into the pager (PagedColumns,
// a region named for the list) whole; nothing is cut to "…and N more".
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activityOf, answers, resultsFor } from './helpers';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { BrainstormResults } from '../../../src/activities/brainstorm/Results';
import { CardSortPresenter } from '../../../src/activities/cardsort/Presenter';
import { LeadSortResults } from '../../../src/activities/leadsort/Results';
import { leadsort } from '../../../src/activities/leadsort/definition';
import { PersonaResults } from '../../../src/activities/persona/Results';
import { defaultPersonaConfig } from '../../../src/activities/persona/definition';
import { RetroResults } from '../../../src/activities/retro/Results';
import { retro } from '../../../src/activities/retro/definition';
import { SlidePresenter } from '../../../src/activities/slide/Presenter';
import { BuyingMapResults } from '../../../src/activities/buyingmap/Results';
import { buyingmap } from '../../../src/activities/buyingmap/definition';
import type { CardSortConfig } from '../../../src/activities/cardsort/definition';

const long = (i: number) => `Card ${i + 1}: leads from the spring webinar series sat in the shared queue for more than a week.`;
/** Every text, each inside the named pager region. */
const allIn = (region: string, texts: string[], exact = true) => {
  const paged = screen.getByRole('region', { name: region });
  for (const t of texts) {
    if (exact) expect(within(paged).getAllByText(t).length).toBeGreaterThan(0);
    else expect(paged.textContent).toContain(t);
  }
  expect(screen.queryByText(/\bmore (cards?|on the console)\b|…and \d+ more|and \d+ more/)).toBeNull();
};

describe('projector lists page instead of dropping', () => {
  it('slide: the text and every bullet are in the pager', () => {
    const config = { text: 'Why we are here today.', bullets: Array.from({ length: 12 }, (_, i) => `Point ${i + 1}`) };
    render(<SlidePresenter activity={activityOf('slide', config)} config={config} />);
    allIn('The slide', [config.text, ...config.bullets]);
  });

  it('card sort while sorting: all 20 cards to sort are in the pager', () => {
    const config: CardSortConfig = {
      prompt: 'Sort',
      cards: Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, text: long(i), description: '' })),
      columns: [{ id: 'c1', text: 'Quality lead', description: '' }],
      open: false,
    };
    render(<CardSortPresenter activity={activityOf('cardsort', config)} config={config} />);
    allIn(
      'The cards to sort',
      config.cards.map((c) => c.text),
    );
  });

  it('brainstorm results: all 36 cards, grouped and loose, are in the pager', () => {
    const config = { prompt: '', anonymous: true, maxCardsPerPerson: 10 };
    const cards = answers('sales', 36, (i) => [[`card-x${String(i).padStart(4, '0')}`, { text: long(i) }]]);
    const board = { clusters: [{ id: 'g1', name: 'Speed', cardKeys: cards.slice(0, 10).map((c) => boardKey(c.participantId, c.itemKey)) }] };
    render(
      <BrainstormResults
        activity={activityOf('brainstorm', config)}
        config={config}
        results={resultsFor('brainstorm', config, cards)}
        surface="projector"
        board={board}
      />,
    );
    allIn(
      'The cards by theme',
      Array.from({ length: 36 }, (_, i) => long(i)),
    );
  });

  it('retro results with a vote: every theme and every loose card, not four bars and five lines a question', () => {
    const config = retro.defaultConfig();
    const prompts = config.prompts.map((p) => p.id);
    const cards = answers('sales', 30, (i) => [[`card-r${String(i).padStart(4, '0')}`, { text: long(i), prompt: prompts[i % prompts.length] }]]);
    const themes = Array.from({ length: 6 }, (_, t) => ({
      id: `t${t}`,
      name: `Theme ${t + 1}`,
      cardKeys: cards.filter((_, i) => i < 12 && i % 6 === t).map((c) => boardKey(c.participantId, c.itemKey)),
    }));
    const votes = answers('marketing', 3, () => [[`vote-t0`, { dots: 2 }]]);
    render(
      <RetroResults
        activity={activityOf('retro', config)}
        config={config}
        results={resultsFor('retro', config, [...cards, ...votes])}
        surface="projector"
        board={{ clusters: themes, voting: true }}
      />,
    );
    allIn('Every theme and card, by question', [...themes.map((t) => t.name), ...Array.from({ length: 18 }, (_, i) => long(i + 12))]);
    // The headline above the list: the themes with the most dots.
    expect(screen.getByRole('region', { name: 'Where we start' })).toBeTruthy();
  });

  it('lead sort results: all 26 signals, where the teams disagree most first', () => {
    const base = leadsort.defaultConfig();
    const cards = Array.from({ length: 26 }, (_, i) => ({ id: `s${i}`, text: `Signal ${i + 1}: ${long(i)}`, description: '' }));
    const config = { ...base, cards };
    const [c1, c2] = config.columns;
    const sorts = [
      ...answers('sales', 3, () => cards.map((c) => [c.id, { column: c1!.id }] as [string, unknown])),
      ...answers('marketing', 3, () => cards.map((c, i) => [c.id, { column: (i % 2 ? c1 : c2)!.id }] as [string, unknown])),
    ];
    render(<LeadSortResults activity={activityOf('leadsort', config)} config={config} results={resultsFor('leadsort', config, sorts)} surface="projector" />);
    allIn(
      'Every card, where we disagree most first',
      cards.map((c) => c.text),
    );
  });

  it('persona one-pager: as many notes per section as the facilitator chose, on the projector too', () => {
    const config = { ...defaultPersonaConfig(), topPerSection: 3 };
    const sections = config.sections.map((s) => s.id);
    const ballot = sections.flatMap((s, k) =>
      [0, 1, 2].map((j) => ({ id: `n${k * 3 + j + 1}`, key: `p${k}-${j}/note-abcd${j}`, section: s, text: `${s} note ${j + 1}` })),
    );
    const notes = ballot.map((b) => ({
      participantId: b.key.split('/')[0]!,
      team: 'sales' as const,
      itemKey: b.key.split('/')[1]!,
      value: { section: b.section, text: b.text },
    }));
    const board = { phase: 'vote', ballot, hidden: [], agreed: [], lastId: ballot.length };
    render(
      <PersonaResults
        activity={activityOf('persona', config)}
        config={config}
        results={resultsFor('persona', config, notes)}
        surface="projector"
        board={board}
      />,
    );
    allIn(
      'The persona, section by section',
      ballot.map((b) => b.text),
    );
  });

  it('buying map: every "fix first" stage below the map, in the pager', () => {
    const config = buyingmap.defaultConfig();
    const seg = config.segments[0]!;
    const marker = config.markers[0]!;
    const focus = seg.stages.slice(0, 4).map((s) => ({ key: `${seg.id}.${s.id}.${marker.id}`, note: long(1) }));
    const placed = answers('sales', 3, () => [[focus[0]!.key, { placed: true }]]);
    render(
      <BuyingMapResults
        activity={activityOf('buyingmap', config)}
        config={config}
        results={resultsFor('buyingmap', config, placed)}
        surface="projector"
        board={{ segmentId: seg.id, focus }}
      />,
    );
    allIn(
      'What to fix first, stage by stage',
      seg.stages.slice(0, 4).map((s) => `${s.name}${config.segments.length > 1 ? ` (${seg.name})` : ''}: ${marker.text.toLowerCase()}`),
      false,
    );
  });
});
