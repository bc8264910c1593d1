import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { defaultPersonaConfig } from './definition';
import { PersonaParticipant } from './Participant';
import { PersonaPresenter } from './Presenter';
import { PersonaResults } from './Results';

// A German day: the persona's projector and phones speak German, shares with a German percent sign.
const config = { ...defaultPersonaConfig(), subject: 'Unser idealer Kunde' };
const ballot = [
  { id: 'n1', key: 'a/note-1', section: config.sections[0]!.id, text: 'Verpasst das Quartal' },
  { id: 'n2', key: 'b/note-1', section: config.sections[1]!.id, text: 'Aktuelle Argumente' },
];

describe('persona in German', () => {
  it('the projector gives the rule in German and keeps the subject’s capitals', async () => {
    render(<PersonaPresenter activity={activityOf('persona', config)} config={config} board={{ phase: 'vote', ballot, hidden: [], agreed: [] }} />, {
      wrapper: await inLocale('de'),
    });
    expect(
      screen.getByText(
        `Stimmen Sie auf dem Handy ab: ${config.dotsPerPerson} Punkte pro Person, für die Notizen, die „Unser idealer Kunde“ am besten beschreiben.`,
      ),
    ).toBeTruthy();
    expect(screen.getAllByText('1 Notiz zur Abstimmung')).toHaveLength(2);
  });

  it('the results show dots and shares the German way', async () => {
    const responses = [...answers('sales', 3, () => [['v-n1', { dots: 2 }]]), ...answers('marketing', 3, () => [['v-n2', { dots: 2 }]])];
    render(
      <PersonaResults
        activity={activityOf('persona', config)}
        config={config}
        results={resultsFor('persona', config, responses)}
        surface="projector"
        board={{ phase: 'vote', ballot, hidden: [], agreed: ['n2'] }}
      />,
      { wrapper: await inLocale('de') },
    );
    const line = screen.getByText('Verpasst das Quartal').closest('li')!;
    expect(within(line).getByText('6 Punkte')).toBeTruthy();
    expect(within(line).getByText(/100\s%/)).toBeTruthy();
    expect(document.body.textContent).toContain('% der Punkte von Vertrieb');
    expect(document.body.textContent).toContain('Keine Notizen in:');
  });

  it('the phone takes notes and votes in German', async () => {
    const wrapper = await onPhoneIn('de');
    const { unmount } = render(<PersonaParticipant {...participantProps('persona', config)} />, { wrapper });
    expect(screen.getByText('Beschreiben Sie „Unser idealer Kunde“ so, wie Sie einen Kunden beschreiben würden.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notiz hinzufügen' })).toBeTruthy();
    unmount();
    render(<PersonaParticipant {...participantProps('persona', config, { 'v-n1': { dots: 1 } })} shared={{ phase: 'vote', ballot }} />, { wrapper });
    expect(screen.getByRole('button', { name: 'Einen Punkt auf Aktuelle Argumente setzen' })).toBeTruthy();
    expect(document.querySelector('.cgv-progress')?.textContent).toBe(`${config.dotsPerPerson - 1} von ${config.dotsPerPerson} Punkte übrig`);
  });

  it('the in-room page tells a screen reader how to drag in German too (not only on phones)', async () => {
    // The in-room page has the room's provider, not the phone's global catalog: the instructions came from the global one (English).
    render(<PersonaParticipant {...participantProps('persona', config, { 'n-1': { section: config.sections[0]!.id, text: 'Schnell' } })} />, {
      wrapper: await inLocale('de'),
    });
    const described = document.querySelector('[id^="DndDescribedBy"]');
    expect(described?.textContent).toMatch(/^Drücken Sie Leertaste oder Eingabe, um diese Karte aufzunehmen/);
  });
});
