import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { messaging, type MessagingBoard, type MessagingConfig } from './definition';
import { MessagingParticipant } from './Participant';
import { MessagingPresenter } from './Presenter';
import { MessagingResults } from './Results';

// A German day: the messaging exercise on the projector and the phone speaks German.
const config: MessagingConfig = {
  ...messaging.defaultConfig(),
  segment: 'IT-Leitung im Mittelstand',
  votesPerPerson: 2,
  seeds: [{ id: 's1', text: 'Leads kommen ohne Kontext', source: 'persona', about: '' }],
};
const board: MessagingBoard = {
  phase: 'vote',
  ballot: [
    { id: 'm1', key: 'sales-0/card-aaaa', text: 'Schluss mit Tickets' },
    { id: 'm2', key: 'marketing-0/card-bbbb', text: 'Ein Dashboard für alles' },
  ],
  lastId: 2,
};

describe('messaging in German', () => {
  it('the projector asks in German, with where the starting points came from', async () => {
    render(<MessagingPresenter activity={activityOf('messaging', { ...config, prompt: '' })} config={{ ...config, prompt: '' }} board={null} />, {
      wrapper: await inLocale('de'),
    });
    expect(screen.getByText('Für IT-Leitung im Mittelstand')).toBeTruthy();
    expect(screen.getByText('Schreiben Sie eine Botschaft für diesen Käufer.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Was wir schon gehört haben' })).toBeTruthy();
    expect(screen.getByText('Vertriebs-Persona')).toBeTruthy();
  });

  it('the results count messages, people and votes in German', async () => {
    const responses = [
      ...answers('sales', 3, (i) => [[`card-aaa${i}`, { text: `Botschaft ${i}` }]]),
      ...answers('sales', 3, () => [['vote-m1', { picked: true }]]),
    ];
    const { container } = render(
      <MessagingResults
        activity={activityOf('messaging', config)}
        config={config}
        results={resultsFor('messaging', config, responses)}
        surface="projector"
        board={board}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(container.querySelector('.cgv-results-summary')?.textContent).toContain('3 Botschaften von 3 Personen');
    expect(container.textContent).not.toMatch(/\b(messages|people|votes?)\b/);
  });

  it('the phone writes and votes in German', async () => {
    const wrapper = await onPhoneIn('de');
    const { unmount } = render(<MessagingParticipant {...participantProps('messaging', config)} />, { wrapper });
    expect(screen.getByRole('button', { name: 'Botschaft hinzufügen' })).toBeTruthy();
    expect(screen.getByText('0 von 140 Zeichen')).toBeTruthy();
    unmount();
    render(<MessagingParticipant {...participantProps('messaging', config)} shared={{ phase: 'vote', ballot: board.ballot }} />, { wrapper });
    expect(screen.getByRole('button', { name: 'Für „Schluss mit Tickets“ stimmen' })).toBeTruthy();
    expect(document.querySelector('.cgv-progress')?.textContent).toBe('2 von 2 Stimmen übrig');
  });
});
