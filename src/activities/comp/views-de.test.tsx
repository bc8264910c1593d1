import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, participantProps } from '../../../test/activities/views/helpers';
import { defaultCompConfig, type CompConfig } from './definition';
import { CompParticipant } from './Participant';
import { CompPresenter } from './Presenter';

// A German day: comp 101 on the projector and the phone speaks German, money and percentages the German way.
const config: CompConfig = { ...defaultCompConfig(), currency: 'EUR' };
const board = (view: string) => ({ view, patternId: null, scenarioId: null, takeaways: [] });

describe('comp 101 in German', () => {
  it('the projector shows the plan in German with German money', async () => {
    render(<CompPresenter activity={activityOf('comp', config)} config={config} board={board('curve')} />, { wrapper: await inLocale('de') });
    const chips = screen.getByRole('list', { name: 'Der Plan' }).textContent ?? '';
    expect(chips).toContain('Zielgehalt');
    expect(chips).toMatch(/\d{1,3}\.\d{3}\s€/); // "120.000 €"
    expect(chips).toMatch(/jedes Quartal|jeden Monat|jedes Jahr/);
    expect(document.body.textContent).toContain('Jahresvergütung, je nach erreichter Quote');
  });

  it('the last-day moment speaks German', async () => {
    render(<CompPresenter activity={activityOf('comp', config)} config={config} board={board('moment')} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Heute unterschrieben')).toBeTruthy();
    expect(document.body.textContent).toMatch(/Letzter Tag des (Monats|Quartals|Jahres)\./);
    expect(document.body.textContent).toMatch(/\d+\s%/);
  });

  it('the phone asks in German', async () => {
    render(<CompParticipant {...participantProps('comp', config)} shared={{ scenarioId: null }} />, { wrapper: await onPhoneIn('de') });
    expect(screen.getByText('Was würden Sie jetzt tun?')).toBeTruthy();
    expect(screen.getByText(/Noch keine Frage offen/)).toBeTruthy();
  });
});
