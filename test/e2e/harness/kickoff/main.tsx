// A test page (test/e2e/kickoff-german.e2e.ts): the kickoff's projector and phone views as the room sees
// them, in German, at their real size, with the app's and the phone's own styles. `#<view>` picks one.
import { createRoot } from 'react-dom/client';
import { setupI18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { messages as de } from '../../../../src/shared/locales/de.po';
import { aggregate } from '../../../../src/activities/aggregate';
import { ACTIVITIES } from '../../../../src/activities/registry';
import type { StoredResponse } from '../../../../src/activities/types';
import type { Activity, Team } from '../../../../src/shared/domain';
import { CardSortPresenter } from '../../../../src/activities/cardsort/Presenter';
import { CardSortParticipant } from '../../../../src/activities/cardsort/Participant';
import { LeadSortResults } from '../../../../src/activities/leadsort/Results';
import { CommitmentsPresenter } from '../../../../src/activities/commitments/Presenter';
import { CommitmentsParticipant } from '../../../../src/activities/commitments/Participant';
import { CommitmentsResults } from '../../../../src/activities/commitments/Results';
import { defaultCommitmentsConfig } from '../../../../src/activities/commitments/definition';
import { PhoneI18n, activateLocale } from '../../../../src/renderer/phone/i18n';
import '../../../../src/renderer/styles/tokens.css';
import '../../../../src/renderer/styles/base.css';
import '../../../../src/renderer/styles/components.css';
import '../../../../src/renderer/styles/screens.css';
import '../../../../src/renderer/features/present/present.css';
import '../../../../src/activities/views.css';

const room = setupI18n({ locale: 'de', messages: { de } });

const activityOf = (kind: string, title: string, config: unknown): Activity => ({
  id: `a-${kind}`,
  workshopId: 'w1',
  position: 0,
  kind,
  title,
  minutes: 10,
  config,
  configVersion: 1,
  notes: '',
  naming: null,
});

function resultsOf(kind: 'leadsort' | 'commitments', config: unknown, responses: StoredResponse[]) {
  return {
    activityId: `a-${kind}`,
    aggregate: aggregate(ACTIVITIES[kind] as never, config, responses, 3),
    respondents: [...new Set(responses.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: true })),
    threshold: 3,
  } as never;
}

const answer = (team: Team, i: number, itemKey: string, value: unknown): StoredResponse => ({ participantId: `${team}-${i}`, team, itemKey, value });

/** The projector's frame around a view (PresenterScreen's activity stage), without the app's store. */
function Projector({ title, kicker, children }: { title: string; kicker: string; children: ReactNode }) {
  return (
    <I18nProvider i18n={room}>
      <div className="present present-activity-stage" data-stage="activity">
        <main id="main" className="present-main">
          <div className="present-activity present-activity-revealed">
            <header className="present-head">
              <div className="present-head-text">
                <p className="present-kicker">{kicker}</p>
                <h1 className="present-title">{title}</h1>
              </div>
            </header>
            <section className="present-body" aria-label={kicker} tabIndex={0}>
              {children}
            </section>
          </div>
        </main>
      </div>
    </I18nProvider>
  );
}

// What a German facilitator would type: the columns and signals are the workshop's own words (never translated).
const lead = {
  ...ACTIVITIES.leadsort.defaultConfig(),
  columns: [
    { id: 'quality', text: 'Guter Lead', description: '' },
    { id: 'not', text: 'Kein Signal', description: '' },
    { id: 'depends', text: 'Kommt darauf an', description: '' },
  ],
  cards: [
    'Hat eine Demo angefragt',
    'Preisseite dreimal besucht',
    'Whitepaper heruntergeladen',
    'Budget für dieses Quartal bestätigt',
    'Studierende Person',
    'Webinar besucht',
    'Geschäftsführung im Gespräch',
    'Newsletter abonniert',
  ].map((text, i) => ({ id: `s${i + 1}`, text, description: '' })),
};
const leadTitle = 'Was ist ein guter Lead?';
const sorts = [0, 1, 2, 3, 4, 5].flatMap((i) =>
  lead.cards.map((card, k) => {
    const team: Team = i < 3 ? 'sales' : 'marketing';
    const column = lead.columns[(team === 'sales' ? k : k + (k % 3)) % lead.columns.length]!;
    return answer(team, i, card.id, { column: column.id });
  }),
);
const commitments = defaultCommitmentsConfig();
const pledges = [0, 1, 2].map((i) =>
  answer('sales', i, 'pledge', {
    text: ['Zwei Discovery-Calls mit dem Marketing begleiten', 'Jeden Freitag die verlorenen Deals teilen', 'Die Lead-Definition ins CRM übernehmen'][i],
  }),
);

const noop = () => Promise.resolve();
const participant = { id: 'p1', name: 'Ana', team: 'sales' as Team };

const VIEWS: Record<string, () => ReactNode> = {
  'leadsort-presenter': () => (
    <Projector title={leadTitle} kicker="2 / 6">
      <CardSortPresenter activity={activityOf('leadsort', leadTitle, lead)} config={lead} />
    </Projector>
  ),
  'leadsort-results': () => (
    <Projector title={leadTitle} kicker="Ergebnisse">
      <LeadSortResults activity={activityOf('leadsort', leadTitle, lead)} config={lead} results={resultsOf('leadsort', lead, sorts)} surface="projector" />
    </Projector>
  ),
  'commitments-presenter': () => (
    <Projector title="Unsere Zusagen" kicker="6 / 6">
      <CommitmentsPresenter activity={activityOf('commitments', 'Unsere Zusagen', commitments)} config={commitments} />
    </Projector>
  ),
  'commitments-results': () => (
    <Projector title="Unsere Zusagen" kicker="Ergebnisse">
      <CommitmentsResults
        activity={activityOf('commitments', 'Unsere Zusagen', commitments)}
        config={commitments}
        results={resultsOf('commitments', commitments, pledges)}
        surface="projector"
        board={{ pairs: [], reports: null, meeting: { ...commitments.meeting, firstDate: '2026-03-17' }, promoted: [] }}
        actionItems={[
          { id: 'x1', workshopId: 'w1', text: 'Lead-Definition verabschieden', owner: 'Ana Ruiz', dueDate: '2026-03-31', status: 'open', position: 0 },
        ]}
      />
    </Projector>
  ),
  'leadsort-phone': () => (
    <PhoneI18n>
      <main className="ph-screen ph-activity">
        <h1 className="ph-activity-title">{leadTitle}</h1>
        <CardSortParticipant
          activity={activityOf('leadsort', leadTitle, lead)}
          config={lead}
          participant={participant}
          mine={{}}
          locked={false}
          submit={noop}
          announce={() => {}}
        />
      </main>
    </PhoneI18n>
  ),
  'commitments-phone': () => (
    <PhoneI18n>
      <main className="ph-screen ph-activity">
        <h1 className="ph-activity-title">Unsere Zusagen</h1>
        <CommitmentsParticipant
          activity={activityOf('commitments', 'Unsere Zusagen', commitments)}
          config={{ ...commitments, pledgePrompt: 'Eine Sache, die ich in den nächsten 30 Tagen tue, um besser mit dem anderen Team zu arbeiten' }}
          participant={participant}
          mine={{ shadow: { in: true } }}
          locked={false}
          submit={noop}
          announce={() => {}}
        />
      </main>
    </PhoneI18n>
  ),
};

const view = VIEWS[location.hash.slice(1)];
if (location.hash.includes('phone')) {
  await import('../../../../src/renderer/phone/phone.css');
  await activateLocale('de');
}
document.documentElement.lang = 'de';
createRoot(document.getElementById('root')!).render(view ? view() : <p>Unknown view {location.hash}</p>);
document.body.dataset.ready = 'yes';
