import { StrictMode, useState, type ComponentType } from 'react';
import type { ResultsViewProps } from '../../src/activities/view-types';
import { createRoot } from 'react-dom/client';
import { viewsFor } from '../../src/activities/views';
import type { Activity } from '../../src/shared/domain';
import type { BrainstormTally } from '../../src/activities/brainstorm/logic';
import * as S from './sample';

// ?screen=<kind>-<view>[-<surface>] [&fail=1] [&locked=1] [&suppress=1]
const params = new URLSearchParams(location.search);
const screen = params.get('screen') ?? 'cardsort-participant';
const [kind = 'cardsort', view = 'participant', surface = view === 'results' ? 'projector' : ''] = screen.split('-');

const configs: Record<string, unknown> = {
  slide: S.slide,
  break: S.breakConfig,
  cardsort: S.cardsort,
  dotvote: S.dotvote,
  ranking: S.ranking,
  brainstorm: params.get('named') ? S.brainstormNamed : S.brainstorm,
};
const titles: Record<string, string> = {
  slide: 'Why we are here',
  break: 'Break',
  cardsort: 'What is a quality lead?',
  dotvote: 'Fix the hand-off',
  ranking: 'One shared KPI',
  brainstorm: 'Make marketing useful',
};
const config = configs[kind];
const activity: Activity = {
  id: `a-${kind}`,
  workshopId: 'w1',
  position: 1,
  kind,
  title: titles[kind] ?? kind,
  minutes: 10,
  config,
  configVersion: 1,
  notes: '',
  naming: null,
};
const views = viewsFor(kind)!;
const live = document.getElementById('live')!;
const announce = (m: string) => {
  live.textContent = m;
  (window as unknown as { announcements: string[] }).announcements.push(m);
};
(window as unknown as { announcements: string[]; submits: unknown[] }).announcements = [];
(window as unknown as { submits: unknown[] }).submits = [];

const initialMine: Record<string, Record<string, unknown>> = {
  cardsort: params.get('some') ? { k1: { column: 'c1' }, k4: { column: 'c3', note: 'if it is this quarter' }, k6: { column: 'c2' } } : {},
  dotvote: params.get('some') ? { i2: { dots: 3 }, i4: { dots: 1 } } : {},
  brainstorm: { 'card-aaaa1': { text: 'Battlecards we can use on a call' }, 'card-aaaa2': { text: 'Tell us which campaign a lead came from' } },
  ranking: {},
};

function ParticipantHarness() {
  const P = views.Participant!;
  const [mine] = useState(initialMine[kind] ?? {});
  const submit = (itemKey: string, value: unknown) =>
    new Promise<void>((resolve, reject) => {
      (window as unknown as { submits: unknown[] }).submits.push({ itemKey, value });
      setTimeout(() => (params.get('fail') ? reject(new Error('The room’s laptop did not answer.')) : resolve()), 120);
    });
  return (
    <>
      <h1 className="page-title">{activity.title}</h1>
      <P
        activity={activity}
        config={config}
        participant={{ id: 'p1', name: 'Ana', team: 'sales' }}
        mine={mine}
        locked={Boolean(params.get('locked'))}
        submit={submit}
        announce={announce}
      />
    </>
  );
}

function BoardHarness() {
  const B = views.Board!;
  const results = S.results(kind, config);
  const [board, setBoard] = useState<unknown>(() => S.brainstormBoard((results.aggregate!.overall as BrainstormTally).cards));
  return (
    <div className="page">
      <h1 className="page-title">Group the cards</h1>
      <B
        activity={activity}
        config={config}
        results={results}
        board={board}
        onChange={(b) => {
          (window as unknown as { boards: unknown[] }).boards = [...((window as unknown as { boards?: unknown[] }).boards ?? []), b];
          setBoard(b);
        }}
        announce={announce}
      />
    </div>
  );
}

function App() {
  if (view === 'participant') {
    document.body.className = 'frame-phone';
    return <ParticipantHarness />;
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
  const R = views.Results!;
  const s = surface as 'projector' | 'console';
  document.body.className = `frame-${s}`;
  const threshold = params.get('suppress') ? 6 : 3;
  const results = S.results(kind, config, threshold);
  const board = kind === 'brainstorm' && !params.get('loose') ? S.brainstormBoard((results.aggregate!.overall as BrainstormTally).cards) : undefined;
  const Extended = R as ComponentType<ResultsViewProps<unknown> & { board?: unknown }>;
  return (
    <main className="page">
      <h1 className="page-title">{activity.title}: results</h1>
      <Extended activity={activity} config={config} results={results} surface={s} participants={s === 'console' ? S.people : undefined} board={board} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
