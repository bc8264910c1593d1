import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRunFake, renderRunPage } from './run-fake';

// The in-room answer page speaks the workshop's language (#19), whatever the facilitator's screens
// speak: a German workshop's shared screen is German from the names to "Done — next person".

describe('in-room participation in the workshop’s language', () => {
  it('is German for a German workshop, with what people typed left as typed', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    fake.api.db.workshops.get(fake.workshopId)!.language = 'de';
    const [slideId, sortId] = fake.activityIds;
    fake.goTo(slideId!);
    renderRunPage(`#/participate/${fake.workshopId}`, fake);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bitte auf den großen Bildschirm schauen' })).toBeTruthy();
    expect(screen.getByText(/Diese Seite aktualisiert sich von selbst\./)).toBeTruthy();

    fake.goTo(sortId!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Wer antwortet?' })).toBeTruthy();
    expect(document.body.textContent).toContain('Jetzt: What makes a quality lead?. Tippen Sie auf Ihren Namen');
    await user.click(screen.getByRole('button', { name: 'Dana Whitfield' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What makes a quality lead?' })).toBeTruthy();
    expect(document.querySelector('.part-who')!.textContent).toContain('Sie antworten als Dana Whitfield');
    expect(within(document.querySelector<HTMLElement>('.part-who')!).getByText(/Vertrieb/)).toBeTruthy();
    expect(screen.getByLabelText('Antworten mit PIN sperren (freiwillig)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Fertig – nächste Person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wer antwortet?' })).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toContain('Danke, Dana Whitfield. Nächste Person: Bitte Namen wählen.');
    expect(document.title).toBe('Q3 alignment kickoff · Antworten · Common Ground');
  });
});
