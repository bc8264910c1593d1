import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import type { DotVoteConfig } from './definition';
import { DotVoteParticipant } from './Participant';
import { DotVotePresenter } from './Presenter';
import { DotVoteResults } from './Results';

// A German day: the dot vote on the projector and the phone speaks German, shares with a German percent sign.
const config: DotVoteConfig = {
  prompt: 'Womit fangen wir an?',
  options: [
    { id: 'o1', text: 'Eine MQL-Definition', description: '' },
    { id: 'o2', text: 'Nachfass-SLA', description: '' },
  ],
  dotsPerPerson: 3,
  maxPerItem: 2,
};

describe('dot vote in German', () => {
  it('the projector gives the rule in German', async () => {
    render(<DotVotePresenter activity={activityOf('dotvote', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(document.querySelector('.cgv-p-rule')?.textContent).toContain('3 Punkte pro Person · höchstens 2 auf einer Option');
  });

  it('the results count dots and people in German, shares with a German percent sign', async () => {
    const responses = [...answers('sales', 3, () => [['o1', { dots: 1 }]]), ...answers('marketing', 3, () => [['o2', { dots: 2 }]])];
    const { container } = render(
      <DotVoteResults activity={activityOf('dotvote', config)} config={config} results={resultsFor('dotvote', config, responses)} surface="projector" />,
      { wrapper: await inLocale('de') },
    );
    expect(container.querySelector('.cgv-results-summary')?.textContent).toBe('9 Punkte von 6 Personen');
    expect(container.textContent).toContain('6 Punkte');
    expect(container.textContent).toMatch(/100\s%/);
    expect(container.textContent).toContain('Teambalken: Anteil an den eigenen Punkten des Teams.');
  });

  it('the phone votes in German', async () => {
    render(<DotVoteParticipant {...participantProps('dotvote', config, { o1: { dots: 2 } })} />, { wrapper: await onPhoneIn('de') });
    expect(screen.getByRole('button', { name: 'Einen Punkt auf Nachfass-SLA setzen' })).toBeTruthy();
    expect(screen.getByText('Höchstens 2 Punkte auf einer Option.')).toBeTruthy();
    expect(document.querySelector('.cgv-tray-label')?.textContent).toBe('1 von 3 Punkte übrig');
  });
});
