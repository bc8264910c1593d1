import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { defaultBuyingMapConfig } from './definition';
import { BuyingMapParticipant } from './Participant';
import { BuyingMapPresenter } from './Presenter';
import { BuyingMapResults } from './Results';

// A German day: the buying map's projector and phones speak German.
const config = defaultBuyingMapConfig();
const responses = [
  ...answers('sales', 3, () => [['mid.decide.stall', { placed: true }]]),
  ...answers('marketing', 3, () => [['mid.research.nocontent', { placed: true }]]),
];

describe('buying map in German', () => {
  it('the projector gives the rule and the lane’s headings in German', async () => {
    render(<BuyingMapPresenter activity={activityOf('buyingmap', config)} config={config} board={null} />, { wrapper: await inLocale('de') });
    expect(screen.getByText(`Setzen Sie auf dem Handy bis zu ${config.maxMarkers} Markierungen:`)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Zuständig' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Typische Dauer' })).toBeTruthy();
    expect(document.body.textContent).toMatch(/Vertrieb|Marketing|Gemeinsam/);
    expect(document.body.textContent).not.toMatch(/\b(Owner|Typical days|Shared)\b/);
  });

  it('the results count markers and people in German', async () => {
    const { container } = render(
      <BuyingMapResults
        activity={activityOf('buyingmap', config)}
        config={config}
        results={resultsFor('buyingmap', config, responses)}
        surface="projector"
        board={null}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(container.querySelector('.cgv-results-summary')?.textContent).toContain('6 Markierungen von 6 Personen');
  });

  it('the phone places markers in German', async () => {
    render(<BuyingMapParticipant {...participantProps('buyingmap', config)} />, { wrapper: await onPhoneIn('de') });
    expect(document.querySelector('.cgv-progress')?.textContent).toBe(`${config.maxMarkers} von ${config.maxMarkers} Markierungen übrig`);
    expect(screen.getByRole('group', { name: 'Markierungen zum Ziehen auf eine Phase' })).toBeTruthy();
  });
});
