import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { items } from '../../../src/activities/shared-schemas';
import { participantViewFor } from '../../../src/activities/participant-views';
import { ACTIVITY_DEFINITIONS, findDefinition } from '../../../src/activities/registry';
import { participantProps } from './helpers';

// Phones get an activity's `participantConfig`, not its config: every kind
// people answer declares one, and its participant view works on exactly that
// (with the facilitator's board open: the poll, the ballot, the vote).

/** Per kind: settings with something in them, a board with the question or vote open, and a text the screen must show. */
const SAMPLES: Record<string, { config?: unknown; board?: unknown; shows: string }> = {
  brainstorm: {
    config: { prompt: 'What does the other team never see?', anonymous: true, maxCardsPerPerson: 3 },
    shows: 'What does the other team never see?',
  },
  dotvote: { config: { prompt: 'Where to start', options: items(['Lead routing rules']), dotsPerPerson: 3, maxPerItem: 2 }, shows: 'Lead routing rules' },
  cardsort: {
    config: { prompt: 'Whose job?', cards: items(['Writing case studies']), columns: items(['Marketing', 'Sales']), open: false },
    shows: 'Writing case studies',
  },
  ranking: { config: { prompt: 'What costs most', options: items(['Slow follow-up', 'Vague scores']) }, shows: 'Slow follow-up' },
  leadsort: { shows: 'Requested a demo' },
  kpisort: { shows: 'Win rate' },
  persona: {
    board: { phase: 'vote', ballot: [{ id: 'n1', key: 'p9/note-abcd', section: 'goals', text: 'Hit the number' }], hidden: [], agreed: [] },
    shows: 'Hit the number',
  },
  buyingmap: { shows: 'Put a name to the pain' },
  retro: { board: { clusters: [{ id: 't1', name: 'Hand-offs', cardKeys: ['p9/card-abcd'] }], voting: true }, shows: 'Hand-offs' },
  comp: { board: { view: 'poll', patternId: null, scenarioId: 'capped', takeaways: [] }, shows: 'You passed the cap this quarter' },
  commitments: { shows: 'One thing I will do in the next 30 days' },
  pulse: { shows: 'I trust the other team’s numbers.' },
  // Messaging brainstorm (#18)
  messaging: { board: { phase: 'vote', ballot: [{ id: 'm1', key: 'p9/card-abcd', text: 'Stop chasing tickets' }], lastId: 1 }, shows: 'Stop chasing tickets' },
};

describe('what a participant’s screen gets of the settings', () => {
  it.each(ACTIVITY_DEFINITIONS.map((d) => [d.kind, d] as const))('%s: a participant config exactly when people answer it', (kind, def) => {
    expect(Boolean(def.participantConfig)).toBe(def.interactive);
    expect(Boolean(participantViewFor(kind))).toBe(def.interactive);
  });

  it.each(Object.keys(SAMPLES))('%s: the participant view works on the participant config alone', (kind) => {
    const def = findDefinition(kind)!;
    const sample = SAMPLES[kind]!;
    const config = sample.config ?? def.defaultConfig();
    expect(def.configSchema.safeParse(config).success).toBe(true);
    const board = sample.board ?? def.board?.initial() ?? null;
    const View = participantViewFor(kind)!;
    const props = participantProps(kind, def.participantConfig!(config, board));
    const { container } = render(<View {...props} shared={def.shared?.(config, board)} />);
    expect(container.querySelector('.cg-surface-phone')).not.toBeNull();
    expect(container.textContent).toContain(sample.shows);
  });

  it('covers every kind people answer', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(
      ACTIVITY_DEFINITIONS.filter((d) => d.interactive)
        .map((d) => d.kind)
        .sort(),
    );
  });
});
