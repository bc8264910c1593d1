// #19: the views the 90-minute kickoff uses speak the workshop's language. The projector's views
// (Presenter, Results) in German through the app catalog, the phone's Participant views in German
// through the phone's own catalog (PhoneI18n), and no English sentence left on either.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inLocale } from '../../helpers/i18n';
import { activityOf, answers, participantProps, resultsFor } from './helpers';
import { BreakPresenter } from '../../../src/activities/break/Presenter';
import { breakActivity } from '../../../src/activities/break/definition';
import { BrainstormPresenter } from '../../../src/activities/brainstorm/Presenter';
import { BrainstormParticipant } from '../../../src/activities/brainstorm/Participant';
import { BrainstormResults } from '../../../src/activities/brainstorm/Results';
import { BrainstormBoardView } from '../../../src/activities/brainstorm/Board';
import { CommitmentsBoardView } from '../../../src/activities/commitments/Board';
import { brainstorm } from '../../../src/activities/brainstorm/definition';
import { CardSortPresenter } from '../../../src/activities/cardsort/Presenter';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import { LeadSortResults } from '../../../src/activities/leadsort/Results';
import { leadsort } from '../../../src/activities/leadsort/definition';
import { KpiSortPresenter } from '../../../src/activities/kpisort/Presenter';
import { KpiSortResults } from '../../../src/activities/kpisort/Results';
import { kpisort } from '../../../src/activities/kpisort/definition';
import { CommitmentsPresenter } from '../../../src/activities/commitments/Presenter';
import { CommitmentsParticipant } from '../../../src/activities/commitments/Participant';
import { CommitmentsResults } from '../../../src/activities/commitments/Results';
import { defaultCommitmentsConfig } from '../../../src/activities/commitments/definition';
import { PhoneI18n, activateLocale } from '../../../src/renderer/phone/i18n';
import { ItemRows } from '../../../src/activities/kit/rows/ItemRows';
import { viewsFor } from '../../../src/activities/views';
import { findEditor } from '../../../src/activities/editors';
import { createRoot } from 'react-dom/client';

/** Sentences of the English views that must not be left on a German screen. */
const ENGLISH = /\b(the|and|of|your|sorted|cards?|people|agreement|Where|Every|Before|Teams? in|Nobody|Sales|Other)\b/;

const leadConfig = () => {
  const base = leadsort.defaultConfig();
  return { ...base, cards: base.cards.slice(0, 6) };
};

/** Sales put every signal in the first column, Marketing alternates: the teams can be compared. */
function leadAnswers(config: ReturnType<typeof leadConfig>, marketing = 3) {
  const [c1, c2] = config.columns;
  return [
    ...answers('sales', 3, () => config.cards.map((c) => [c.id, { column: c1!.id }] as [string, unknown])),
    ...answers('marketing', marketing, () => config.cards.map((c, i) => [c.id, { column: (i % 2 ? c1 : c2)!.id }] as [string, unknown])),
  ];
}

describe('the kickoff on the projector, in German', () => {
  it('the lead sort before and after: its columns and cards to sort, then agreement and where we disagree most, with German numbers', async () => {
    const config = leadConfig();
    const before = render(<CardSortPresenter activity={activityOf('leadsort', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('6 Karten zum Sortieren')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Die zu sortierenden Karten' })).toBeTruthy();
    before.unmount();

    render(
      <LeadSortResults
        activity={activityOf('leadsort', config)}
        config={config}
        results={resultsFor('leadsort', config, leadAnswers(config))}
        surface="projector"
      />,
      {
        wrapper: await inLocale('de'),
      },
    );
    expect(screen.getByText('Übereinstimmung')).toBeTruthy();
    expect(screen.getByText(/Die häufigste Spalte beider Teams stimmte bei \d von 6 Karten überein/)).toBeTruthy();
    expect(screen.getByText('Wo wir am meisten uneins sind')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Jede Karte, größte Uneinigkeit zuerst' })).toBeTruthy();
    // Shares in German: a space before the percent sign.
    expect(document.body.textContent).toMatch(/\d+\u00a0%/);
    expect(screen.getAllByText('Vertrieb').length).toBeGreaterThan(0);
  });

  it('the lead sort without a team comparison says why in German, naming the team in German', async () => {
    const config = leadConfig();
    render(
      <LeadSortResults
        activity={activityOf('leadsort', config)}
        config={config}
        results={resultsFor('leadsort', config, leadAnswers(config, 2))}
        surface="projector"
      />,
      { wrapper: await inLocale('de') },
    );
    expect(
      screen.getByText(/^Kein Teamvergleich: Verteilung von Vertrieb ebenfalls verborgen.* weniger als 3 Personen aus Marketing haben geantwortet/),
    ).toBeTruthy();
    expect(screen.getByText(/6 Signale nach der Spalte, die die meisten der 5 Personen gewählt haben/)).toBeTruthy();
  });

  it('commitments: what we are about to agree, then what we agreed, with German weekdays and dates', async () => {
    const config = defaultCommitmentsConfig();
    const first = render(<CommitmentsPresenter activity={activityOf('commitments', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Bevor wir gehen: Namen, Termine und ein Meeting im Kalender.')).toBeTruthy();
    expect(screen.getByText(/Vertrieb: jeden Freitag/)).toBeTruthy();
    expect(screen.getByText('Alle 2 Wochen, Dienstag um 09:30')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Before we leave|weekly report|Fridays/);
    first.unmount();

    render(
      <CommitmentsResults
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor(
          'commitments',
          config,
          answers('sales', 2, (i) => [['pledge', { text: `Zusage ${i + 1}` }]]),
        )}
        surface="projector"
        board={{ pairs: [], reports: null, meeting: { ...config.meeting, firstDate: '2026-03-17' }, promoted: [] }}
        actionItems={[]}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByRole('region', { name: 'Was wir vereinbart haben' })).toBeTruthy();
    expect(screen.getByText('Job-Shadowing')).toBeTruthy();
    expect(screen.getByText(/Vertrieb an Marketing, jeden Freitag/)).toBeTruthy();
    expect(screen.getByText('Alle 2 Wochen · Dienstag 09:30 · 45 Min.')).toBeTruthy();
    expect(screen.getByText(/Erster Termin: Di\., 17\. März 2026/)).toBeTruthy();
    expect(screen.getByText('Persönliche Zusagen vom Handy')).toBeTruthy();
  });

  it('the KPI sort, the brainstorm and the break say their own words in German', async () => {
    const kpi = kpisort.defaultConfig();
    const one = render(<KpiSortPresenter activity={activityOf('kpisort', kpi)} config={{ ...kpi, goal: 'Umsatz +20 %' }} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Das Ziel, dem wir beide dienen')).toBeTruthy();
    one.unmount();
    const two = render(<KpiSortResults activity={activityOf('kpisort', kpi)} config={kpi} results={resultsFor('kpisort', kpi, [])} surface="projector" />, {
      wrapper: await inLocale('de'),
    });
    expect(screen.getByText('Noch keine Sortierungen.')).toBeTruthy();
    two.unmount();

    const idea = brainstorm.defaultConfig();
    const three = render(<BrainstormPresenter activity={activityOf('brainstorm', idea)} config={{ ...idea, prompt: '' }} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Was fällt Ihnen ein?')).toBeTruthy();
    expect(screen.getByText(/^Eine Idee pro Karte · bis zu \d+ pro Person/)).toBeTruthy();
    three.unmount();
    const four = render(
      <BrainstormResults
        activity={activityOf('brainstorm', idea)}
        config={idea}
        results={resultsFor(
          'brainstorm',
          idea,
          answers('sales', 3, (i) => [[`card-abcdefghijk${i}`, { text: `Idee ${i + 1}` }]]),
        )}
        surface="projector"
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByText('3 Karten von 3 Personen')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Teams in diesem Brainstorming' })).toBeTruthy();
    four.unmount();

    const pause = breakActivity.defaultConfig();
    render(<BreakPresenter activity={activityOf('break', pause)} config={{ ...pause, message: '' }} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Gleich geht es weiter')).toBeTruthy();
  });

  it('still speaks English in English', () => {
    const config = leadConfig();
    render(<CardSortPresenter activity={activityOf('leadsort', config)} config={config} />);
    expect(screen.getByText('6 cards to sort')).toBeTruthy();
  });
});

describe('the console boards, in German', () => {
  it('a new brainstorm group is named in German, and the board says so in German', async () => {
    const idea = brainstorm.defaultConfig();
    const onChange = vi.fn();
    const announce = vi.fn();
    render(
      <BrainstormBoardView
        activity={activityOf('brainstorm', idea)}
        config={idea}
        results={resultsFor(
          'brainstorm',
          idea,
          answers('sales', 3, (i) => [[`card-abcdefghijk${i}`, { text: `Idee ${i + 1}` }]]),
        )}
        board={{ clusters: [] }}
        onChange={onChange}
        announce={announce}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByText(/3 Karten · 0 Gruppen/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: /Neue Gruppe/ }));
    expect(onChange.mock.calls.at(-1)![0].clusters[0].name).toBe('Gruppe 1');
    expect(announce).toHaveBeenLastCalledWith('Gruppe 1 hinzugefügt.');
  });

  it('the commitments board names its days in German and keeps the English weekday as the value', async () => {
    const config = defaultCommitmentsConfig();
    render(
      <CommitmentsBoardView
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, [])}
        board={null}
        onChange={vi.fn()}
        announce={vi.fn()}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByRole('heading', { name: 'Job-Shadowing-Paare' })).toBeTruthy();
    const day = screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
    expect(day.value).toBe('Tuesday');
    expect(day.selectedOptions[0]!.textContent).toBe('Dienstag');
    expect(screen.getByRole('textbox', { name: 'Bericht von Vertrieb: Inhalt' })).toBeTruthy();
  });
});

describe('a screen without a Lingui provider', () => {
  // The renderer's screens put the room's language round the views; one that does not yet still shows them, in English.
  it('gets English from viewsFor and findEditor instead of failing to render, and the same component every time', async () => {
    const config = defaultCommitmentsConfig();
    const Presenter = viewsFor('commitments')!.Presenter;
    expect(viewsFor('commitments')!.Presenter).toBe(Presenter);
    const Editor = findEditor('leadsort')!;
    expect(findEditor('leadsort')).toBe(Editor);
    const el = document.body.appendChild(document.createElement('div'));
    const root = createRoot(el);
    await act(async () => root.render(<Presenter activity={activityOf('commitments', config)} config={config} />));
    expect(el.textContent).toContain('Before we leave: names, dates and a meeting in the calendar.');
    const lead = leadsort.defaultConfig();
    await act(async () => root.render(<Editor config={lead} onChange={() => {}} />));
    expect(el.querySelector('fieldset')).toBeTruthy();
    await act(async () => root.unmount());
    el.remove();

    // Under the room's provider, the same views speak its language.
    render(<Presenter activity={activityOf('commitments', config)} config={config} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Bevor wir gehen: Namen, Termine und ein Meeting im Kalender.')).toBeTruthy();
  });
});

describe('the kit’s editor rows, in German', () => {
  it('a row list says its own words in German, and an empty row asks in German whatever its label', async () => {
    const user = userEvent.setup();
    render(
      <ItemRows
        label="Signale"
        items={[{ id: 'k1', text: 'Demo angefragt', description: '' }]}
        onChange={vi.fn()}
        make={(row) => row}
        addLabel="Signal hinzufügen"
        onReset={vi.fn()}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByRole('button', { name: 'Demo angefragt entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mit den Beispielen neu beginnen' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '+ Signal hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Mit den Beispielen neu beginnen' }));
    expect(screen.getByText(/^Alle 2 durch die Beispiele ersetzen\? Ihre Änderungen an dieser Liste gehen verloren\.$/)).toBeTruthy();
    const blank = screen.getByLabelText('Signale: Eintrag 2');
    blank.focus();
    blank.blur();
    expect(await screen.findByText('Füllen Sie diese Zeile aus oder entfernen Sie sie: Eine leere Zeile wird nicht gespeichert.')).toBeTruthy();
  });
});

describe('the kickoff on a phone, in German (the phone catalog)', () => {
  afterEach(async () => {
    await act(() => activateLocale('en'));
  });

  it('the lead sort, the brainstorm and the commitments on a phone show German and no English sentence', async () => {
    await activateLocale('de');
    const config = leadConfig();
    const sort = render(
      <PhoneI18n>
        <CardSortParticipant {...participantProps('leadsort', config)} />
      </PhoneI18n>,
    );
    expect(screen.getByRole('heading', { name: /Unsortiert/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /einordnen$/ }).length).toBe(6);
    expect(screen.getByText(/von 6 sortiert/)).toBeTruthy();
    sort.unmount();

    const idea = brainstorm.defaultConfig();
    const cards = render(
      <PhoneI18n>
        <BrainstormParticipant {...participantProps('brainstorm', idea)} />
      </PhoneI18n>,
    );
    expect(screen.getByRole('button', { name: 'Karte hinzufügen' })).toBeTruthy();
    expect(screen.getByText('Noch nichts. Eine Idee pro Karte funktioniert am besten.')).toBeTruthy();
    cards.unmount();

    const pledge = defaultCommitmentsConfig();
    render(
      <PhoneI18n>
        <CommitmentsParticipant {...participantProps('commitments', pledge, {}, { locked: true })} />
      </PhoneI18n>,
    );
    expect(screen.getByText('Die Antworten sind gesperrt. Sie sehen weiterhin, was Sie gewählt haben.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Ich bin dabei/ })).toBeTruthy();
    const words = (document.body.textContent ?? '').replace(pledge.pledgePrompt, '');
    expect(words).not.toMatch(ENGLISH);
  });
});
