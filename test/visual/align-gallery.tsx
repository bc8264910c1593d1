import { StrictMode, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { viewsFor } from '../../src/activities/views';
import { findEditor } from '../../src/activities/editors';
import { findDefinition } from '../../src/activities/registry';
import type { Activity, ActionItem } from '../../src/shared/domain';
import type { ActionItemsPort, ResultsViewProps } from '../../src/activities/view-types';
import * as A from './align-sample';

// ?screen=<kind>-<view>[-<surface>] &board=<json key in align-sample> &shared=1 &locked=1 &suppress=1
const params = new URLSearchParams(location.search);
const [kind = 'comp', view = 'presenter', surface = view === 'results' ? 'projector' : ''] = (params.get('screen') ?? 'comp-presenter').split('-');
const def = findDefinition(kind)!;
const currency = params.get('currency') as Parameters<NonNullable<typeof def.withCurrency>>[1] | null;
const baseConfig = A.configs[kind] ?? def.defaultConfig();
const config = currency && def.withCurrency ? def.withCurrency(baseConfig, currency) : baseConfig;
const activity: Activity = {
  id: `a-${kind}`,
  workshopId: 'w1',
  position: 1,
  kind,
  title: A.titles[kind] ?? def.defaultTitle,
  minutes: 10,
  config,
  configVersion: 1,
  notes: '',
  naming: null,
};
const views = viewsFor(kind)!;
const boardKey = params.get('board');
const initialBoard = boardKey ? A.boards[`${kind}:${boardKey}`] : def.board?.initial();
const live = document.getElementById('live')!;
const w = window as unknown as { announcements: string[]; submits: unknown[]; boards: unknown[] };
w.announcements = [];
w.submits = [];
w.boards = [];
const announce = (m: string) => {
  live.textContent = m;
  w.announcements.push(m);
};

function ParticipantHarness() {
  const P = views.Participant!;
  const submit = (itemKey: string, value: unknown) =>
    new Promise<void>((resolve) => {
      w.submits.push({ itemKey, value });
      setTimeout(resolve, 80);
    });
  const shared = params.get('shared') && def.shared ? def.shared(config, initialBoard) : undefined;
  return (
    <>
      <h1 className="gal-page-title">{activity.title}</h1>
      <P
        activity={activity}
        config={config}
        participant={{ id: 's0', name: 'Ana', team: 'sales' }}
        mine={A.mine[kind] ?? {}}
        locked={Boolean(params.get('locked'))}
        submit={submit}
        announce={announce}
        shared={shared}
      />
    </>
  );
}

function BoardHarness() {
  const B = views.Board!;
  const [board, setBoard] = useState<unknown>(initialBoard);
  const [items, setItems] = useState<ActionItem[]>(A.actionItems);
  const port: ActionItemsPort = {
    items,
    add: async (input) => setItems((xs) => [...xs, { id: `ai${xs.length + 1}`, workshopId: 'w1', status: 'open', position: xs.length, ...input }]),
    update: async (id, patch) => setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x))),
    remove: async (id) => setItems((xs) => xs.filter((x) => x.id !== id)),
  };
  return (
    <div className="gal-page">
      <h1 className="gal-page-title">{def.board?.title ?? 'Board'}</h1>
      <B
        activity={activity}
        config={config}
        results={A.results(kind, config, 3)}
        board={board}
        participants={A.people}
        actionItems={port}
        onChange={(b) => {
          w.boards.push(b);
          setBoard(b);
        }}
        announce={announce}
      />
    </div>
  );
}

function EditorHarness() {
  const E = findEditor(kind)!;
  const [c, setC] = useState(config);
  return (
    <div className="gal-page">
      <h1 className="gal-page-title">Editor: {def.label}</h1>
      <E config={c} onChange={setC} />
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
  if (view === 'editor') {
    document.body.className = 'frame-console';
    return <EditorHarness />;
  }
  const results = A.results(kind, config, params.get('suppress') ? 6 : 3);
  if (view === 'presenter' || (view === 'results' && surface === 'projector')) {
    document.body.className = 'frame-projector';
    const P = views.Presenter;
    const R = views.Results as ComponentType<ResultsViewProps<unknown>> | undefined;
    return (
      <main className="gal-page">
        <p className="gal-page-kicker">{view === 'results' ? 'Results' : '4 of 9'}</p>
        <h1 className="gal-page-title">{activity.title}</h1>
        <section className="gal-page-body">
          {view === 'results' && R ? (
            <R activity={activity} config={config} results={results} surface="projector" board={initialBoard} actionItems={A.actionItems} />
          ) : (
            <P activity={activity} config={config} board={initialBoard} />
          )}
        </section>
        <p className="gal-page-foot">12 of 13 responded</p>
      </main>
    );
  }
  const R = views.Results!;
  document.body.className = 'frame-console';
  return (
    <main className="gal-page">
      <h1 className="gal-page-title">{activity.title}: results</h1>
      <R activity={activity} config={config} results={results} surface="console" participants={A.people} board={initialBoard} actionItems={A.actionItems} />
    </main>
  );
}

// The facilitator app's styles only where the facilitator app would be (its body has a min-width).
if (view === 'editor' || view === 'board') {
  await Promise.all([
    import('../../src/renderer/styles/tokens.css'),
    import('../../src/renderer/styles/base.css'),
    import('../../src/renderer/styles/components.css'),
    import('../../src/renderer/styles/screens.css'),
  ]);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
