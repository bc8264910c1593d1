import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import type { SeriesTrends } from '../../shared/trends';
import { PULSE_SET_VERSION, type PulseConfig } from './definition';
import { PulseParticipant } from './Participant';
import { PulsePresenter } from './Presenter';
import { PulseResults } from './Results';

// A German day: the projector and the phone speak German, numbers with a decimal comma.
const config: PulseConfig = {
  setVersion: PULSE_SET_VERSION,
  statements: [
    { id: 's1', text: 'Wir sind uns einig, was ein qualifizierter Lead ist.' },
    { id: 's2', text: 'Ich vertraue den Zahlen des anderen Teams.' },
  ],
  extra: [],
};
const responses = [
  ...answers('sales', 3, () => [
    ['s1', { rating: 4 }],
    ['s2', { rating: 2 }],
  ]),
  ...answers('marketing', 3, () => [
    ['s1', { rating: 3 }],
    ['s2', { rating: 5 }],
  ]),
];

describe('pulse in German', () => {
  it('the projector asks in German', async () => {
    render(<PulsePresenter activity={activityOf('pulse', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Antworten Sie auf dem Handy: anonym, zwei Minuten.')).toBeTruthy();
    expect(document.body.textContent).toContain('stimme voll zu');
  });

  it('the results say it in German with a decimal comma, last time included', async () => {
    const trends: SeriesTrends = {
      series: { id: 's', title: 'ACME' },
      workshops: [
        { id: 'e1', title: 'Auftakt', date: '2027-03-17' },
        { id: 'w1', title: 'Treffen 2', date: '2027-03-31' },
      ],
      pulse: [
        {
          key: 'set1:s2',
          statementId: 's2',
          setVersion: 1,
          text: '',
          points: [{ workshopId: 'e1', n: 6, sales: null, marketing: null, gap: 1.5, splitHidden: false }],
        },
      ],
      leadCards: [],
    };
    const { container } = render(
      <PulseResults
        activity={activityOf('pulse', config)}
        config={config}
        results={resultsFor('pulse', config, responses)}
        surface="projector"
        trends={trends}
      />,
      { wrapper: await inLocale('de') },
    );
    const text = container.textContent ?? '';
    expect(text).toContain('6 Personen haben geantwortet');
    expect(text).toContain('Abstand 3,0 · 6 Bewertungen');
    expect(text).toContain('größer als letztes Mal (1,5)');
    expect(container.querySelector('.cgv-pulse-since')?.textContent).toBe('Seit Auftakt (17. März): größer bei 1 Aussage.');
    expect(text).not.toMatch(/\bGap\b|ratings|answered|last time/);
  });

  it('the results say "no ratings yet" in German', async () => {
    render(<PulseResults activity={activityOf('pulse', config)} config={config} results={resultsFor('pulse', config, [])} surface="projector" />, {
      wrapper: await inLocale('de'),
    });
    expect(screen.getByText('Noch keine Bewertungen.')).toBeTruthy();
  });

  it('the phone asks in German, in its own catalog', async () => {
    render(<PulseParticipant {...participantProps('pulse', config)} />, { wrapper: await onPhoneIn('de') });
    expect(screen.getByText('Anonym: Bewerten Sie jede Aussage von 1 (stimme gar nicht zu) bis 5 (stimme voll zu).')).toBeTruthy();
    expect(screen.getByText('0 von 2 beantwortet')).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: '5 Stimme voll zu' })).toHaveLength(2);
  });
});
