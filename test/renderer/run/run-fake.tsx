import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/app/App';
import { createAppStore } from '../../../src/renderer/store';
import { aggregate } from '../../../src/activities/aggregate';
import { findDefinition } from '../../../src/activities/registry';
import { items } from '../../../src/activities/shared-schemas';
import type { StoredResponse } from '../../../src/activities/types';
import type { ActivityResults } from '../../../src/shared/api/contract';
import type { RoomInfo } from '../../../src/shared/room';
import { PIN_TRIES, ROOM_LOG_ACTIONS, type HandOverState, type PrivacyLogEntry } from '../../../src/shared/room-privacy';
import type { ActivityRunState, RunState } from '../../../src/shared/run';
import { createFakeApi, type FakeApi } from '../../helpers/fake-api';

// The planner fake plus the run operations these pages use: run state,
// results computed by the real engines, answers, and the room.

export const SECRET_NOTES = 'Facilitator only: watch Marcus, he tends to dominate';

export interface RunFake {
  api: FakeApi;
  workshopId: string;
  activityIds: string[];
  people: { id: string; name: string; team: 'sales' | 'marketing' | 'other' }[];
  run: RunState;
  answers: StoredResponse[];
  room: RoomInfo | null;
  /** Change the run as the console would, and tell the renderer. */
  setRun(patch: Partial<RunState>): void;
  setActivity(activityId: string, patch: Partial<ActivityRunState>): void;
  goTo(activityId: string | null): void;
  /** Someone answers (from a phone, say). */
  answer(participantId: string, activityId: string, itemKey: string, value: unknown): void;
  setRoom(room: RoomInfo | null): void;
  /** Hold run:setBoard replies until released (in the order they arrived), to test edits in flight. */
  holdBoardWrites(): { release(): void; waiting(): number };
  /** The next run:setBoard is refused with this message. */
  refuseNextBoardWrite(message: string): void;
  /** The in-room page's hand-overs: when, and each person's PIN (plain here; the core hashes it). */
  handOvers: Map<string, { at: string; pin: string | null }>;
  privacyLog: PrivacyLogEntry[];
}

export const CARDS = ['Requested a demo', 'Visited the pricing page', 'Downloaded a whitepaper'];

export function createRunFake(): RunFake {
  const api = createFakeApi();
  const w = api.seedWorkshop(
    { title: 'Q3 alignment kickoff', facilitator: 'Alex Moreno', anonymityThreshold: 2 },
    {
      participants: [
        { name: 'Dana Whitfield', team: 'sales' },
        { name: 'Marcus Oyelaran', team: 'sales' },
        { name: 'Priya Raman', team: 'sales' },
        { name: 'Hannah Brooks', team: 'marketing' },
        { name: 'Leo Martinsson', team: 'marketing' },
        { name: 'Aisha Bello', team: 'marketing' },
      ],
      activities: [
        { kind: 'slide', title: 'Welcome', minutes: 5 },
        {
          kind: 'cardsort',
          title: 'What makes a quality lead?',
          minutes: 20,
          notes: SECRET_NOTES,
          config: { prompt: 'Sort each signal', cards: items(CARDS, 'sig'), columns: items(['Quality lead', 'Not a signal', 'Depends'], 'col'), open: false },
        },
        { kind: 'break', title: 'Coffee', minutes: 10 },
      ],
    },
  );
  const activities = api.db.activities.filter((a) => a.workshopId === w.id).sort((a, b) => a.position - b.position);
  const people = api.db.participants.filter((p) => p.workshopId === w.id).map((p) => ({ id: p.id, name: p.name, team: p.team }));
  const now = () => new Date().toISOString();

  const fake: RunFake = {
    api,
    workshopId: w.id,
    activityIds: activities.map((a) => a.id),
    people,
    answers: [],
    room: null,
    handOvers: new Map(),
    privacyLog: [],
    run: {
      workshopId: w.id,
      status: 'idle',
      currentActivityId: null,
      startedAt: null,
      endedAt: null,
      enteredAt: null,
      serverNow: now(),
      activities: activities.map((a) => ({
        activityId: a.id,
        locked: false,
        revealed: false,
        firstEnteredAt: null,
        spentMs: 0,
        timer: { durationMs: a.minutes * 60_000, elapsedMs: 0, runningSince: null },
        board: null,
      })),
      projector: { page: 1, pages: null },
    },
    setRun(patch) {
      fake.run = { ...fake.run, ...patch };
      api.emit('run:changed', { workshopId: w.id });
    },
    setActivity(activityId, patch) {
      fake.setRun({ activities: fake.run.activities.map((s) => (s.activityId === activityId ? { ...s, ...patch } : s)) });
    },
    goTo(activityId) {
      // Like the core: the first time an activity is entered is kept.
      const activities = fake.run.activities.map((s) => (s.activityId === activityId ? { ...s, firstEnteredAt: s.firstEnteredAt ?? now() } : s));
      fake.setRun({ status: 'running', currentActivityId: activityId, startedAt: fake.run.startedAt ?? now(), enteredAt: now(), activities });
    },
    answer(participantId, activityId, itemKey, value) {
      write(participantId, activityId, itemKey, value);
      api.emit('responses:changed', { workshopId: w.id, activityId });
    },
    setRoom(room) {
      fake.room = room;
      api.emit('room:changed', {});
    },
    refuseNextBoardWrite(message) {
      refusal = message;
    },
    holdBoardWrites() {
      held = [];
      return {
        release() {
          const waiting = held ?? [];
          held = null;
          for (const go of waiting) go();
        },
        waiting: () => held?.length ?? 0,
      };
    },
  };
  const wrongPins = new Map<string, number>();
  const handOverOf = (participantId: string): HandOverState => {
    const h = fake.handOvers.get(participantId);
    return { participantId, handedOverAt: h?.at ?? null, hasPin: Boolean(h?.pin) };
  };
  let held: (() => void)[] | null = null;
  let refusal: string | null = null;

  function write(participantId: string, activityId: string, itemKey: string, value: unknown) {
    const person = people.find((p) => p.id === participantId)!;
    const key = `${activityId}|${participantId}|${itemKey}`;
    fake.answers = fake.answers.filter((r) => (r as StoredResponse & { key: string }).key !== key);
    if (value !== null) fake.answers.push({ participantId, team: person.team, itemKey, value, key } as StoredResponse);
  }
  const ofActivity = (activityId: string) => fake.answers.filter((r) => (r as StoredResponse & { key: string }).key.startsWith(`${activityId}|`));
  const mineOf = (activityId: string, participantId: string) =>
    Object.fromEntries(
      ofActivity(activityId)
        .filter((r) => r.participantId === participantId)
        .map((r) => [r.itemKey, r.value]),
    );

  function results(activityId: string): ActivityResults {
    const activity = activities.find((a) => a.id === activityId)!;
    const def = findDefinition(activity.kind)!;
    const responses = ofActivity(activityId);
    const agg = aggregate(def, activity.config, responses, 2);
    return {
      activityId,
      aggregate: agg as ActivityResults['aggregate'],
      respondents: [...new Set(responses.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: false })),
      threshold: 2,
    };
  }

  const base = api.invoke.bind(api);
  api.invoke = (async (op: string, input: Record<string, string>) => {
    await Promise.resolve();
    api.calls.push({ op: op as never, input: structuredClone(input) });
    const ok = (value: unknown) => ({ ok: true, value: structuredClone(value) });
    switch (op) {
      case 'run:get':
        return ok({ ...fake.run, serverNow: now() });
      case 'activity:results':
        return ok(results(input.activityId!));
      case 'room:status':
        return ok(fake.room);
      case 'run:setBoard': {
        const i = input as unknown as { activityId: string; board: unknown };
        if (held) await new Promise<void>((go) => held!.push(go));
        if (refusal) {
          const message = refusal;
          refusal = null;
          return { ok: false, error: { code: 'VALIDATION', message } };
        }
        fake.run = { ...fake.run, activities: fake.run.activities.map((s) => (s.activityId === i.activityId ? { ...s, board: structuredClone(i.board) } : s)) };
        queueMicrotask(() => api.emit('run:changed', { workshopId: w.id }));
        return ok({ ...fake.run, serverNow: now() });
      }
      case 'handover:list':
        return ok(people.map((p) => handOverOf(p.id)));
      case 'privacyLog:list':
        return ok([...fake.privacyLog].reverse());
      case 'handover:done': {
        const i = input as unknown as { participantId: string; pin?: string };
        const had = fake.handOvers.get(i.participantId);
        if (i.pin !== undefined && had?.pin) return { ok: false, error: { code: 'CONFLICT', message: 'This person already has a PIN.' } };
        fake.handOvers.set(i.participantId, { at: now(), pin: i.pin ?? had?.pin ?? null });
        queueMicrotask(() => api.emit('workshop:changed', { workshopId: w.id }));
        return ok(handOverOf(i.participantId));
      }
      case 'handover:checkPin': {
        const i = input as unknown as { participantId: string; pin: string };
        const wrong = wrongPins.get(i.participantId) ?? 0;
        if (wrong >= PIN_TRIES) return ok({ unlocked: false, triesLeft: 0, retryAfterSeconds: 60 });
        if (fake.handOvers.get(i.participantId)?.pin === i.pin) {
          wrongPins.delete(i.participantId);
          return ok({ unlocked: true, triesLeft: PIN_TRIES, retryAfterSeconds: 0 });
        }
        wrongPins.set(i.participantId, wrong + 1);
        return ok({ unlocked: false, triesLeft: PIN_TRIES - wrong - 1, retryAfterSeconds: wrong + 1 >= PIN_TRIES ? 60 : 0 });
      }
      case 'handover:openWithoutPin': {
        const i = input as unknown as { participantId: string };
        const had = fake.handOvers.get(i.participantId);
        if (!had?.pin) return { ok: false, error: { code: 'CONFLICT', message: 'This person has no PIN to open without.' } };
        fake.handOvers.set(i.participantId, { ...had, pin: null });
        wrongPins.delete(i.participantId);
        fake.privacyLog.push({ id: fake.privacyLog.length + 1, at: now(), action: ROOM_LOG_ACTIONS.override, detail: i.participantId });
        queueMicrotask(() => api.emit('workshop:changed', { workshopId: w.id }));
        return ok(handOverOf(i.participantId));
      }
      case 'response:mine':
        return ok({ mine: mineOf(input.activityId!, input.participantId!) });
      case 'response:submit': {
        const i = input as unknown as { activityId: string; participantId: string; itemKey: string; value: unknown };
        write(i.participantId, i.activityId, i.itemKey, i.value);
        queueMicrotask(() => api.emit('responses:changed', { workshopId: w.id, activityId: i.activityId }));
        return ok({ mine: mineOf(i.activityId, i.participantId) });
      }
      default:
        return base(op as never, input as never);
    }
  }) as FakeApi['invoke'];
  return fake;
}

export function renderRunPage(hash: string, fake: RunFake) {
  window.location.hash = hash;
  const root = document.createElement('div');
  root.id = 'root';
  document.body.appendChild(root);
  const store = createAppStore({ api: fake.api, retryBaseMs: 5, retryMaxMs: 20 });
  const utils = render(<App store={store} />, { container: root });
  return { store, ...utils };
}

export const ROOM: RoomInfo = {
  workshopId: '',
  host: '192.168.1.20',
  hostLabel: 'Wi-Fi',
  port: 5123,
  origin: 'http://192.168.1.20:5123',
  joinUrl: 'http://192.168.1.20:5123/j/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  joinCode: 'ACDEFG',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h10v10H0z" fill="#fff"/></svg>',
  allowSelfAdd: true,
  selfAdded: 0,
  selfAddLimit: 200,
  connections: 0,
  hosts: [],
};
