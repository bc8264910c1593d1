import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import type { RankingConfig } from './definition';
import { RankingParticipant } from './Participant';
import { RankingPresenter } from './Presenter';
import { RankingResults } from './Results';

// A German day: the ranking on the projector and the phone speaks German.
const config: RankingConfig = {
  prompt: 'Welche Kennzahl zuerst?',
  options: [
    { id: 'r1', text: 'Neue Pipeline', description: '' },
    { id: 'r2', text: 'Abschlussquote', description: '' },
  ],
};

describe('ranking in German', () => {
  it('the projector gives the rule in German', async () => {
    render(<RankingPresenter activity={activityOf('ranking', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Bringen Sie sie in eine Reihenfolge: das Wichtigste zuerst.')).toBeTruthy();
  });

  it('the results explain the points in German', async () => {
    const responses = answers('sales', 3, () => [['order', { order: ['r2', 'r1'] }]]);
    const { container } = render(
      <RankingResults activity={activityOf('ranking', config)} config={config} results={resultsFor('ranking', config, responses)} surface="projector" />,
      { wrapper: await inLocale('de') },
    );
    expect(container.querySelector('.cgv-results-summary')?.textContent).toBe('Punkte aus 3 Rangfolgen: Platz 1 bringt 1, der letzte 0.');
    expect(container.textContent).toContain('3 Punkte');
    expect(container.textContent).toContain('3× auf Platz 1');
  });

  it('the phone ranks in German', async () => {
    render(<RankingParticipant {...participantProps('ranking', config)} />, { wrapper: await onPhoneIn('de') });
    expect(screen.getByText('Das Wichtigste nach oben. Ziehen oder die Pfeile nutzen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meine Reihenfolge speichern' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abschlussquote nach oben' })).toBeTruthy();
  });
});
