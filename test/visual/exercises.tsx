import { StrictMode, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { ResultsViewProps } from '../../src/activities/view-types';
import { viewsFor } from '../../src/activities/views';
import { findDefinition } from '../../src/activities/registry';
import { aggregate, type Aggregate } from '../../src/activities/aggregate';
import type { StoredResponse } from '../../src/activities/types';
import type { Activity, Team } from '../../src/shared/domain';
import { FacilitatorGuide } from '../../src/renderer/components/FacilitatorGuide';
import { defaultTitleIn } from '../../src/activities/default-titles';
import { supportedLocale } from '../../src/shared/locale';
import { RoomI18n } from '../../src/renderer/i18n/RoomI18n';

// ?screen=<kind>-<view>[-<surface>] [&suppress=1] [&some=1] [&board=1] [&lang=de]
const params = new URLSearchParams(location.search);
/** The example content, title and guide in this language (issue #19). */
const lang = supportedLocale(params.get('lang')) ?? 'en';
const [kind = 'leadsort', view = 'results', surface = 'projector'] = (params.get('screen') ?? 'leadsort-results-projector').split('-');
const def = findDefinition(kind)!;
const config = def.defaultConfig(lang) as Record<string, unknown>;
const activity: Activity = {
  id: `a-${kind}`,
  workshopId: 'w1',
  position: 1,
  kind,
  title: defaultTitleIn(def, lang),
  minutes: def.defaultMinutes,
  config,
  configVersion: 1,
  notes: '',
  naming: null,
};
const views = viewsFor(kind)!;

let seed = 11;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T,>(list: readonly T[], weights: number[]): T => {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < list.length; i++) if ((r -= weights[i]!) <= 0) return list[i]!;
  return list[list.length - 1]!;
};
const people: { id: string; name: string; team: Team }[] = [
  ...['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fay'].map((name, i) => ({ id: `s${i}`, name, team: 'sales' as Team })),
  ...['Gus', 'Hana', 'Ivo', 'Jun', 'Kit'].map((name, i) => ({ id: `m${i}`, name, team: 'marketing' as Team })),
  ...['Lou'].map((name, i) => ({ id: `o${i}`, name, team: 'other' as Team })),
];

function sortResponses(cards: { id: string }[], columns: { id: string }[], bias: (team: Team, i: number) => number[], notes: string[]): StoredResponse[] {
  return people.flatMap((p) =>
    cards.map((c, i) => {
      const column = pick(
        columns.map((x) => x.id),
        bias(p.team, i),
      );
      const note =
        column === columns[2]!.id && rand() < 0.6
          ? pick(
              notes,
              notes.map(() => 1),
            )
          : undefined;
      return { participantId: p.id, team: p.team, itemKey: c.id, value: note ? { column, note } : { column } };
    }),
  );
}

function makeResponses(): StoredResponse[] {
  if (kind === 'leadsort' || kind === 'kpisort') {
    const cards = config.cards as { id: string }[];
    const columns = config.columns as { id: string }[];
    const sales = [
      [9, 0, 1],
      [1, 6, 3],
      [1, 5, 2],
      [0, 7, 2],
      [1, 6, 3],
      [8, 1, 1],
      [1, 5, 3],
      [5, 1, 2],
      [4, 1, 3],
      [9, 0, 1],
      [9, 0, 1],
      [8, 0, 2],
    ];
    const mkt = [
      [9, 0, 1],
      [7, 1, 1],
      [8, 1, 1],
      [7, 0, 2],
      [2, 3, 5],
      [6, 1, 2],
      [4, 2, 3],
      [7, 1, 1],
      [6, 1, 2],
      [4, 2, 4],
      [3, 3, 3],
      [5, 1, 3],
    ];
    return sortResponses(cards, columns, (team, i) => (team === 'sales' ? sales : mkt)[i % 12]!, [
      'if they hold the budget',
      'on company size',
      'whether they stayed to the end',
      'how recent it was',
    ]);
  }
  if (kind === 'retro') {
    const texts: [string, string][] = [
      ['broke', 'Leads sat in the CRM for a week before anyone called'],
      ['broke', 'A campaign went out that sales first heard of from a customer'],
      ['broke', 'We were told the leads were bad, with no examples'],
      ['builds', 'The day marketing joined our pipeline call'],
      ['builds', 'Battlecards written with two of our reps'],
      ['builds', 'Quick feedback on which leads closed'],
      ['step', 'A 15-minute weekly sync, same time every week'],
      ['step', 'Tell us within a day what happened to each hot lead'],
      ['step', 'One rep reviews each campaign before launch'],
      ['step', 'Share the campaign calendar in the sales channel'],
    ];
    const cards = texts.map(([prompt, text], i) => {
      const p = people[i % people.length]!;
      return { participantId: p.id, team: p.team, itemKey: `card-abcd${i}`, value: { text, prompt } };
    });
    const votes = people.flatMap((p, i) => [
      { participantId: p.id, team: p.team, itemKey: 'vote-g1', value: { dots: 1 + (i % 2) } },
      { participantId: p.id, team: p.team, itemKey: i % 3 ? 'vote-g2' : 'vote-g3', value: { dots: 1 } },
    ]);
    return params.get('novotes') ? cards : [...cards, ...votes];
  }
  return [];
}

const retroBoard = {
  clusters: [
    { id: 'g1', name: 'Talk every week', cardKeys: [`${people[6]!.id}/card-abcd6`, `${people[7]!.id}/card-abcd7`] },
    { id: 'g2', name: 'No surprise campaigns', cardKeys: [`${people[1]!.id}/card-abcd1`, `${people[8]!.id}/card-abcd8`, `${people[9]!.id}/card-abcd9`] },
    { id: 'g3', name: 'Close the loop on leads', cardKeys: [`${people[0]!.id}/card-abcd0`, `${people[5]!.id}/card-abcd5`] },
  ],
  voting: params.get('vote') === '1',
};

function results(threshold: number) {
  const rs = makeResponses();
  const agg = aggregate(def, config, rs, threshold) as Aggregate | null;
  return {
    activityId: activity.id,
    aggregate: agg,
    respondents: [...new Set(rs.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: true })),
    threshold,
  };
}

function BoardHarness() {
  const B = views.Board!;
  const [board, setBoard] = useState<unknown>(kind === 'retro' ? retroBoard : def.board!.initial());
  return (
    <div className="page">
      <h1 className="page-title">{def.board?.title ?? 'Board'}</h1>
      <B activity={activity} config={config} results={results(3)} board={board} onChange={setBoard} announce={() => {}} />
    </div>
  );
}

function App() {
  if (view === 'guide') {
    document.body.className = 'frame-console';
    return (
      <div className="page">
        <FacilitatorGuide kind={kind} defaultOpen />
      </div>
    );
  }
  if (view === 'participant') {
    document.body.className = 'frame-phone';
    const P = views.Participant!;
    return (
      <>
        <h1 className="page-title">{activity.title}</h1>
        <P
          activity={activity}
          config={config}
          participant={{ id: 'p1', name: 'Ana', team: 'sales' }}
          mine={kind === 'retro' ? { 'card-aaaa1': { text: 'We never hear back about leads', prompt: 'broke' } } : {}}
          locked={false}
          submit={() => Promise.resolve()}
          announce={() => {}}
          shared={def.shared?.(config, { ...retroBoard, voting: params.get('vote') === '1' })}
        />
      </>
    );
  }
  if (view === 'board') {
    document.body.className = 'frame-console';
    return <BoardHarness />;
  }
  if (view === 'presenter') {
    document.body.className = 'frame-projector';
    const P = views.Presenter;
    return (
      <main className="page">
        <h1 className="page-title">{activity.title}</h1>
        <P activity={activity} config={config} />
      </main>
    );
  }
  const R = views.Results! as ComponentType<ResultsViewProps<unknown> & { board?: unknown }>;
  const s = surface as 'projector' | 'console';
  document.body.className = `frame-${s}`;
  return (
    <main className="page">
      <h1 className="page-title">{activity.title}: results</h1>
      <R
        activity={activity}
        config={config}
        results={results(params.get('suppress') ? 7 : 3)}
        surface={s}
        participants={s === 'console' ? people : undefined}
        board={kind === 'retro' ? retroBoard : undefined}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RoomI18n locale={lang}>
      <App />
    </RoomI18n>
  </StrictMode>,
);
