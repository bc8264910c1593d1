import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { englishLeftIn } from '../../../test/helpers/english-left-in';
import { messaging, type MessagingConfig } from './definition';
import { MessagingEditor } from './Editor';
import { SeedSourceContext } from './seeds-source';
import type { MessagingSeedsReport } from './seeds';

// The messaging settings in the facilitator's interface language: labels, where each starting point came from,
// and what bringing them in did. The starting points' own text and the series' words are content, never checked.

const from = { workshopTitle: 'Kickoff', date: '2027-01-20' };
const found: MessagingSeedsReport = {
  series: 'ACME 2027',
  earlier: 1,
  seeds: [
    { id: 'persona-1', text: 'Leads kommen ohne Kontext', source: 'persona', about: 'Warum sie dem Marketing misstrauen', from },
    { id: 'buyingmap-2', text: 'Bewertung: Abschlüsse stocken', source: 'buyingmap', about: 'Mittelstand', from },
  ],
  message: '',
};

function Harness({ locale, report = found }: { locale: 'de' | 'fr' | 'es'; report?: MessagingSeedsReport }) {
  const [config, setConfig] = useState<MessagingConfig>(messaging.defaultConfig(locale));
  return (
    <SeedSourceContext.Provider value={() => Promise.resolve({ ok: true, value: report })}>
      <MessagingEditor config={config} onChange={setConfig} />
    </SeedSourceContext.Provider>
  );
}

describe('messaging settings in other languages', () => {
  it('in German: brings in the starting points and says so in German, each with its origin in German', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness locale="de" />, { wrapper: await inLocale('de') });
    expect(screen.getByRole('textbox', { name: /^Segment/ }).getAttribute('placeholder')).toBe('z. B. IT-Leitung im Mittelstand');
    expect(screen.getByRole('spinbutton', { name: 'Botschaften pro Person' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Was wir schon gehört haben' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Schmerzpunkte und Reibungspunkte aus früheren Workshops übernehmen (2)' }));
    expect(screen.getByText('2 Ausgangspunkte hinzugefügt.')).toBeTruthy();
    expect(screen.getByText('Vertriebs-Persona · Warum sie dem Marketing misstrauen · Kickoff, 2027-01-20')).toBeTruthy();
    expect(screen.getByText('Karte des Kaufprozesses · Mittelstand · Kickoff, 2027-01-20')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ausgangspunkt 1 entfernen: Leads kommen ohne Kontext' }));
    expect(screen.getByText('Entfernt: Leads kommen ohne Kontext')).toBeTruthy();
    expect(englishLeftIn(container, 'de')).toEqual([]);
  });

  it('in French: the labels and the count of what was brought in', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness locale="fr" />, { wrapper: await inLocale('fr') });
    await user.click(await screen.findByRole('button', { name: /^Reprendre les irritants/ }));
    expect(screen.getByText('2 points de départ ajoutés.')).toBeTruthy();
    expect(screen.getByLabelText('Point de départ 2', { exact: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un point de départ à vous' })).toBeTruthy();
    expect(englishLeftIn(container, 'fr')).toEqual([]);
  });

  it('in German: says why there is nothing to bring in, whatever English the core wrote', async () => {
    const nothing = (series: string | null, earlier: number): MessagingSeedsReport => ({ series, earlier, seeds: [], message: 'The core’s English sentence' });
    const cases = [
      [
        nothing(null, 0),
        'Dieser Workshop gehört zu keiner Reihe, daher gibt es keine früheren Workshops, aus denen sich Schmerzpunkte und Reibungspunkte übernehmen ließen.',
      ],
      [nothing('ACME 2027', 0), 'Dies ist der erste Workshop von „ACME 2027“: Es gibt nichts Früheres zu übernehmen.'],
      [
        nothing('ACME 2027', 2),
        'Noch nichts zu übernehmen: Die 2 früheren Workshops von „ACME 2027“ haben keine Persona-Notizen, über die der Raum abgestimmt hat, und keine Reibungspunkte aus der Kaufprozess-Karte.',
      ],
    ] as const;
    for (const [report, says] of cases) {
      const { unmount } = render(<Harness locale="de" report={report} />, { wrapper: await inLocale('de') });
      expect(await screen.findByText(says)).toBeTruthy();
      expect(screen.queryByText(report.message)).toBeNull();
      unmount();
    }
  });
});
