import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { onPhoneIn } from '../../../test/activities/views/phone-locale';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { retro } from './definition';
import { RetroParticipant } from './Participant';
import { RetroPresenter } from './Presenter';
import { RetroResults } from './Results';

// A German day: the retro's projector and phones speak German.
const config = retro.defaultConfig();
const themes = [
  { id: 't1', name: 'Leads ohne Nachfassen', cardKeys: ['sales-0/card-1'] },
  { id: 't2', name: 'Anerkennung für Abschlüsse', cardKeys: ['marketing-0/card-1'] },
];

describe('trust retro in German', () => {
  it('the projector asks for cards, then for dots, in German', async () => {
    const wrapper = await inLocale('de');
    const { unmount } = render(<RetroPresenter activity={activityOf('retro', config)} config={config} board={{ clusters: themes, voting: false }} />, {
      wrapper,
    });
    expect(screen.getByText(/Die Karten sind anonym|Ein Gedanke pro Karte/)).toBeTruthy();
    unmount();
    render(<RetroPresenter activity={activityOf('retro', config)} config={config} board={{ clusters: themes, voting: true }} />, { wrapper });
    expect(screen.getByText(`Jetzt abstimmen: Verteilen Sie Ihre ${config.dotsPerPerson} Punkte auf die Themen, die wir zuerst angehen sollten.`)).toBeTruthy();
  });

  it('the results count cards in German', async () => {
    const prompt = config.prompts[0]!.id;
    const responses = [
      ...answers('sales', 3, (i) => [[`card-000${i}`, { text: `Karte ${i}`, prompt }]]),
      ...answers('sales', 3, () => [['v-t1', { dots: 2 }]]),
    ];
    const { container } = render(
      <RetroResults
        activity={activityOf('retro', config)}
        config={config}
        results={resultsFor('retro', config, responses)}
        surface="projector"
        board={{ clusters: [{ id: 't1', name: 'Leads ohne Nachfassen', cardKeys: ['sales-0/card-0000', 'sales-1/card-0001'] }], voting: true }}
      />,
      { wrapper: await inLocale('de') },
    );
    const text = container.textContent ?? '';
    expect(text).toContain('2 Karten');
    expect(text).not.toMatch(/\b(dots|cards)\b/);
  });

  it('the phone writes and votes in German', async () => {
    const wrapper = await onPhoneIn('de');
    const { unmount } = render(<RetroParticipant {...participantProps('retro', config)} />, { wrapper });
    expect(screen.getByRole('button', { name: 'Karte hinzufügen' })).toBeTruthy();
    expect(screen.getByText('Welche Frage?')).toBeTruthy();
    unmount();
    render(<RetroParticipant {...participantProps('retro', config, { 'vote-t1': { dots: 1 } })} shared={{ voting: true, themes }} />, { wrapper });
    expect(screen.getByText('Verteilen Sie Ihre Punkte auf die Themen, die wir zuerst angehen sollten.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einen Punkt auf Leads ohne Nachfassen setzen' })).toBeTruthy();
    expect(screen.getByLabelText('1 Punkt auf Leads ohne Nachfassen')).toBeTruthy();
    expect(document.querySelector('.cgv-progress')?.textContent).toBe(`${config.dotsPerPerson - 1} von ${config.dotsPerPerson} Punkten übrig`);
  });
});
