import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { englishLeftIn } from '../../../test/helpers/english-left-in';
import { CommitmentsEditor } from './Editor';
import { defaultCommitmentsConfig } from './definition';

// The commitments settings speak the facilitator's interface language; the content (here the example content
// of a workshop in the same language) is the facilitator's, never checked.

const optionsOf = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent);

describe('commitments settings in other languages', () => {
  it('in German: labels, team names in the report legends, weekdays from Intl, no catalog English left', async () => {
    const { container } = render(<CommitmentsEditor config={defaultCommitmentsConfig('de')} onChange={() => {}} />, { wrapper: await inLocale('de') });
    expect(screen.getByRole('textbox', { name: 'Auf den Handys: die Frage nach der persönlichen Zusage' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /^Fragen, wer beim Job-Shadowing mitmacht/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Wochenbericht: Vertrieb an Marketing' })).toBeTruthy();
    const meeting = screen.getByRole('group', { name: 'Gemeinsames Meeting' });
    expect(optionsOf(within(meeting).getByRole('combobox', { name: 'Tag' }))).toEqual(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']);
    expect(optionsOf(within(meeting).getByRole('combobox', { name: 'Alle' }))).toEqual(['2 Wochen', '3 Wochen']);
    expect(screen.getByText('Paare, Termine und Aufgaben werden im Raum vereinbart, an der Konsole.')).toBeTruthy();
    expect(englishLeftIn(container, 'de')).toEqual([]);
  });

  it('in French: the same settings, no catalog English left', async () => {
    const { container } = render(<CommitmentsEditor config={defaultCommitmentsConfig('fr')} onChange={() => {}} />, { wrapper: await inLocale('fr') });
    expect(screen.getByRole('group', { name: 'Point hebdomadaire : Marketing vers Ventes' })).toBeTruthy();
    const meeting = screen.getByRole('group', { name: 'Réunion commune' });
    expect(optionsOf(within(meeting).getByRole('combobox', { name: 'Jour' }))[0]).toBe('lundi');
    expect(screen.getByRole('spinbutton', { name: 'Jours entre les binômes' })).toBeTruthy();
    expect(englishLeftIn(container, 'fr')).toEqual([]);
  });
});
