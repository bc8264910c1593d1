import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { ACTIVITY_DEFINITIONS } from '../../../src/activities/registry';
import { App } from '../../../src/renderer/app/App';
import { href } from '../../../src/renderer/app/router';
import { createAppStore } from '../../../src/renderer/store';
import { englishMessages } from '../../helpers/english-leftovers';
import { createFakeApi, type FakeApi } from '../../helpers/fake-api';
import { inLocale } from '../../helpers/i18n';
import type { ApiClient } from '../../../src/shared/api/contract';
import { acmeSeries, apiOnCore } from '../series-on-core';

// The facilitator's planning screens (planner, export, series) in the interface language, German here:
// labels, announcements, minutes, counts and dates. The rest of the app (details, app bar) is other work.

async function renderIn(hash: string, api: ApiClient) {
  window.location.hash = hash;
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
  return render(<App store={store} />, { container: root, wrapper: await inLocale('de') });
}

/**
 * Texts and accessible names inside an element that still read as an English message of the catalogs.
 * The shared team badge (src/ui) is left out: its words are translated with the rest of src/ui.
 */
function englishLeftIn(el: Element): string[] {
  const texts = new Set<string>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').replace(/\u200b/g, '').trim();
    if (text && !n.parentElement?.closest('.team-badge')) texts.add(text);
  }
  for (const node of el.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = node.getAttribute(a)?.trim();
      if (v) texts.add(v);
    }
  const messages = englishMessages('de');
  return [...texts].filter((text) => messages.some((m) => m.pattern.test(text)));
}

function seededPlanner(fields: { plannedEnd?: string } = {}): { api: FakeApi; id: string } {
  const api = createFakeApi();
  const w = api.seedWorkshop(
    { title: 'Kickoff', startTime: '09:00', plannedEnd: '10:30', ...fields },
    {
      participants: [
        { name: 'Dana Lee', team: 'sales' },
        { name: 'Sam Ortiz', team: 'marketing' },
      ],
      activities: [
        { kind: 'slide', title: 'Welcome', minutes: 10 },
        { kind: 'dotvote', title: 'Dot vote', minutes: 65 },
        { kind: 'break', title: 'Coffee', minutes: 15 },
      ],
    },
  );
  return { api, id: w.id };
}

const said = () => screen.getByTestId('agenda-announcer').textContent!.replace(/\u200b/g, '');

describe('the planner in German', () => {
  it('labels the agenda, roster and library in German, with minutes and hours in German', async () => {
    const { api, id } = seededPlanner();
    await renderIn(href.planner(id), api);
    await screen.findAllByTestId('agenda-row');

    const agenda = screen.getByRole('region', { name: /^Ablauf/ });
    expect(screen.getByTestId('agenda-total').textContent).toContain('1 Std. 30 Min.');
    expect(within(agenda).getByRole('spinbutton', { name: 'Minuten für Coffee' })).toBeTruthy();
    expect(within(agenda).getByRole('button', { name: 'Dot vote nach oben' })).toBeTruthy();
    expect(within(agenda).getByRole('button', { name: 'Einstellungen und Notizen für Welcome' }).getAttribute('title')).toBe('Einstellungen und Notizen');
    expect(within(agenda).getByRole('list', { name: 'Aktivitäten in Reihenfolge' })).toBeTruthy();
    expect(within(agenda).getAllByText('Min.')).toHaveLength(3);

    const roster = screen.getByRole('region', { name: /^Teilnehmende/ });
    expect(within(roster).getByRole('button', { name: 'Liste einfügen' })).toBeTruthy();
    expect(within(roster).getByRole('textbox', { name: 'Name von Dana Lee' })).toBeTruthy();
    const team = within(roster).getByRole('combobox', { name: 'Team' });
    expect([...team.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['◆ Vertrieb', '● Marketing', '▲ Andere']);

    const library = screen.getByRole('region', { name: 'Aktivitäten' });
    expect(within(library).getAllByText(/^Standard: \d+ Min\.$/).length).toBeGreaterThan(3);
    expect(screen.getByRole('link', { name: 'Workshop starten' })).toBeTruthy();

    // Why you would use each kind, in German too: none of the definitions' English descriptions is left.
    const descriptions = [...library.querySelectorAll('.library-desc')].map((p) => p.textContent);
    expect(descriptions).toHaveLength(ACTIVITY_DEFINITIONS.length);
    expect(descriptions.filter((d) => ACTIVITY_DEFINITIONS.some((def) => def.description === d))).toEqual([]);
    expect(descriptions).toContain('Alle verteilen ein paar Punkte auf das Wichtigste; in Minuten zeigen sich die Prioritäten.');
    for (const part of [agenda, library]) expect(englishLeftIn(part)).toEqual([]);
  });

  it('says when the agenda runs over, and where Move up put an activity, in German', async () => {
    const user = userEvent.setup();
    const { api, id } = seededPlanner({ plannedEnd: '10:00' });
    await renderIn(href.planner(id), api);
    expect((await screen.findByText(/länger als Ihr geplantes Ende/)).textContent).toBe(
      'Dauert 30 Min. länger als Ihr geplantes Ende um 10:00. Kürzen oder streichen Sie etwas, um pünktlich fertig zu werden.',
    );
    await user.click(screen.getByRole('button', { name: 'Dot vote nach oben' }));
    await waitFor(() => expect(said()).toBe('Dot vote auf Position 1 von 3 verschoben.'));
    await user.click(screen.getByRole('button', { name: 'Dot vote nach oben' }));
    await waitFor(() => expect(said()).toBe('Dot vote ist schon ganz oben, Position 1 von 3.'));
  });

  it('previews a pasted German list with German team words, and counts people in German', async () => {
    const user = userEvent.setup();
    const { api, id } = seededPlanner();
    await renderIn(href.planner(id), api);
    await user.click(await screen.findByRole('button', { name: 'Liste einfügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Liste von Personen einfügen' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Namen, einer pro Zeile' }),
      'Anna Roth, Vertrieb{Enter}Ben Kurz, Finanzen, Controller{Enter}Dana Lee',
    );
    expect(within(dialog).getByText('2 werden hinzugefügt, 1 übersprungen.')).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Team prüfen' }).textContent).toBe(
      'Zeile 2: „Finanzen“ ist kein uns bekanntes Team, daher kommt Ben Kurz zu Vertrieb. Schreiben Sie Vertrieb, Marketing oder Andere, oder ändern Sie es danach.',
    );
    expect(within(dialog).getByRole('button', { name: '2 Personen hinzufügen' })).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Übersprungene Zeilen' }).textContent).toBe('Zeile 3: Dana Lee steht schon auf der Liste');
    expect(englishLeftIn(dialog)).toEqual([]);
  });
});

describe('planner details in German', () => {
  it('gives the accent colour’s contrast verdict with a German decimal, and the activity settings in German', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Kickoff', accent: '#767676' }, { activities: [{ kind: 'dotvote', title: 'Dot vote', minutes: 30 }] });
    await renderIn(href.planner(w.id), api);
    const verdicts = await screen.findByTestId('accent-verdicts');
    expect(verdicts.textContent).toContain('Bericht (weiß): Für Text genutzt: 4,5:1');
    expect(verdicts.textContent).toMatch(/Beamer \(dunkel\): Zu dunkel für Text \(\d,\d:1\): nur für Linien und Balken/);
    expect(screen.getByRole('button', { name: 'Logo wählen…' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Einstellungen und Notizen für Dot vote' }));
    expect(document.querySelector('.config-why')?.textContent).toBe(
      'Alle verteilen ein paar Punkte auf das Wichtigste; in Minuten zeigen sich die Prioritäten.',
    );
    const notes = screen.getByRole('textbox', { name: /^Notizen der Moderation/ });
    expect(notes.getAttribute('placeholder')).toBe('Zeittipps, wen ansprechen, worauf achten');
    const naming = screen.getByRole('combobox', { name: /^Namen im Bericht/ });
    expect([...naming.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Wie im Workshop (jetzt: Nur Team)', 'Anonym', 'Nur Team', 'Mit Namen']);
  });
});

describe('the export screen in German', () => {
  it('shows the report options, the raw files and the date names were removed in German', async () => {
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Q3 kickoff', status: 'finished', anonymisedAt: '2026-11-27T16:30:00.000Z' });
    await renderIn(href.export(w.id), api);
    expect(await screen.findByRole('heading', { level: 1, name: '„Q3 kickoff“ exportieren' })).toBeTruthy();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('group', { name: 'Papier' })).toBeTruthy();
    expect(within(main).getByRole('checkbox', { name: 'Zusammenfassung für die Führung' })).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Bericht erstellen und laden' })).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Antworten (CSV) herunterladen' })).toBeTruthy();
    expect(within(main).getByText(/Namen wurden am 27\. Nov\. 2026 entfernt\./)).toBeTruthy();
    expect(englishLeftIn(main)).toEqual([]);
  });
});

describe('the series page in German', () => {
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('counts the workshops and writes their dates in German', async () => {
    const s = acmeSeries();
    core = s.core;
    await renderIn(href.series(s.seriesId), apiOnCore(core));
    expect(await screen.findByText('2 Workshops, Mi., 3. März 2027 bis Mi., 17. März 2027.')).toBeTruthy();
    const rows = screen.getAllByTestId('series-workshop-row');
    expect(rows[0]!.textContent).toMatch(/Mi\., 3\. März 2027.*ACME joint meeting 1.*Entwurf/);
    expect(within(rows[0]!).getByRole('link', { name: 'ACME joint meeting 1 planen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nächstes gemeinsames Meeting (40 Min.)' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Entwicklung über die Reihe' })).toBeTruthy();
    expect(englishLeftIn(screen.getByRole('main'))).toEqual([]);
  });
});
