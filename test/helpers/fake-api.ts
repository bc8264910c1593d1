import { findDefinition } from '../../src/activities/registry';
import { items } from '../../src/activities/shared-schemas';
import type { ApiClient, EventPayload, OpInput, OpOutput, OpParsedInput } from '../../src/shared/api/contract';
import { contract } from '../../src/shared/api/contract';
import type { EventName, OpName } from '../../src/shared/api/names';
import type { ApiError, Result } from '../../src/shared/api/result';
import { describeIssues } from '../../src/shared/api/validate';
import type { Activity, ActionItem, Participant, Workshop, WorkshopSummary } from '../../src/shared/domain';

/**
 * An in-memory ApiClient for renderer tests. Inputs are validated with the
 * contract's zod schemas, like the real core does; writes emit change events.
 * Failures can be injected per operation.
 */
export interface FakeApi extends ApiClient {
  calls: { op: OpName; input: unknown }[];
  callsOf<K extends OpName>(op: K): OpInput<K>[];
  /** Make the next `times` calls of `op` fail with this error (without running). */
  failNext(op: OpName, error: ApiError, times?: number): void;
  /** While down, every call returns UNAVAILABLE and changes nothing. */
  setDown(down: boolean): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Change data behind the renderer's back (as another window would). */
  db: {
    workshops: Map<string, Workshop>;
    participants: Participant[];
    activities: Activity[];
    actionItems: ActionItem[];
    /** Answers per activity id, for workshop:answerCounts (absent = none). */
    answerCounts: Map<string, number>;
  };
  seedWorkshop(fields?: Partial<Workshop>, opts?: { participants?: Partial<Participant>[]; activities?: Partial<Activity>[] }): Workshop;
}

let seq = 0;
const newId = (p: string) => `${p}${++seq}`;
const now = () => new Date(Date.UTC(2026, 2, 1, 9, 0, seq)).toISOString();

export function createFakeApi(opts: { silentEvents?: boolean } = {}): FakeApi {
  const db: FakeApi['db'] = { workshops: new Map(), participants: [], activities: [], actionItems: [], answerCounts: new Map() };
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const failures = new Map<OpName, { error: ApiError; times: number }>();
  let down = false;
  const calls: FakeApi['calls'] = [];

  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  const changed = (workshopId?: string) => {
    if (opts.silentEvents) return;
    queueMicrotask(() => {
      emit('workshops:changed', {});
      if (workshopId) emit('workshop:changed', { workshopId });
    });
  };
  const notFound = (what: string): never => {
    throw { code: 'NOT_FOUND', message: `That ${what} does not exist.` } satisfies ApiError;
  };
  const workshop = (id: string) => db.workshops.get(id) ?? notFound('workshop');
  const activitiesOf = (id: string) => db.activities.filter((a) => a.workshopId === id).sort((a, b) => a.position - b.position);
  const participantsOf = (id: string) => db.participants.filter((p) => p.workshopId === id).sort((a, b) => a.position - b.position);
  const renumber = (id: string, ordered = activitiesOf(id)) => ordered.forEach((a, i) => (a.position = i));
  const summary = (w: Workshop): WorkshopSummary => ({
    ...w,
    participantCount: participantsOf(w.id).length,
    teamCounts: {
      sales: participantsOf(w.id).filter((p) => p.team === 'sales').length,
      marketing: participantsOf(w.id).filter((p) => p.team === 'marketing').length,
      other: participantsOf(w.id).filter((p) => p.team === 'other').length,
    },
    activityCount: activitiesOf(w.id).length,
    totalMinutes: activitiesOf(w.id).reduce((n, a) => n + a.minutes, 0),
  });

  function makeWorkshop(fields: Partial<Workshop> & { title: string }): Workshop {
    const w: Workshop = {
      id: newId('w'),
      goal: '',
      date: null,
      startTime: null,
      plannedEnd: null,
      location: '',
      facilitator: '',
      status: 'draft',
      anonymityThreshold: 3,
      namesInExports: false,
      anonymisedAt: null,
      currency: 'USD',
      language: 'en',
      clientName: '',
      accent: null,
      logo: null,
      createdAt: now(),
      updatedAt: now(),
      deletedAt: null,
      ...fields,
    };
    db.workshops.set(w.id, w);
    return w;
  }
  function addActivity(workshopId: string, a: Partial<Activity> & { kind: string }, index?: number): Activity {
    const def = findDefinition(a.kind);
    const list = activitiesOf(workshopId);
    const act: Activity = {
      id: newId('a'),
      workshopId,
      position: 0,
      title: def?.defaultTitle ?? 'Activity',
      minutes: def?.defaultMinutes ?? 10,
      config: def?.defaultConfig() ?? {},
      configVersion: def?.configVersion ?? 1,
      notes: '',
      naming: null,
      ...a,
    };
    db.activities.push(act);
    list.splice(index ?? list.length, 0, act);
    renumber(workshopId, list);
    return act;
  }
  function addPerson(workshopId: string, p: { name: string; team: Participant['team']; role?: string | undefined }): Participant {
    const person: Participant = {
      id: newId('p'),
      workshopId,
      name: p.name,
      team: p.team,
      role: p.role ?? '',
      position: participantsOf(workshopId).length,
    };
    db.participants.push(person);
    return person;
  }

  // Planner operations only; anything else answers INTERNAL ("not in the fake").
  const handlers: { [K in OpName]?: (input: OpParsedInput<K>) => OpOutput<K> } = {
    'app:info': () => ({ version: 'test', dataDir: '/tmp', schemaVersion: 1, mode: 'browser' }),
    'workshop:list': () => [...db.workshops.values()].filter((w) => !w.deletedAt).map(summary),
    'workshop:listTrash': () => [...db.workshops.values()].filter((w) => w.deletedAt).map(summary),
    'workshop:get': ({ id }) => ({
      workshop: workshop(id),
      participants: participantsOf(id),
      activities: activitiesOf(id),
      actionItems: db.actionItems.filter((x) => x.workshopId === id),
    }),
    'workshop:create': (input) => {
      const w = makeWorkshop(input);
      changed(w.id);
      return w;
    },
    'template:list': () => [
      {
        id: 'builtin-kickoff',
        name: 'Alignment kickoff',
        description: 'Ninety minutes.',
        builtIn: true,
        activityCount: 1,
        activityTitles: ['What makes a quality lead?'],
        minutes: 90,
        createdAt: null,
      },
    ],
    'template:createWorkshop': (input) => {
      const w = makeWorkshop({ title: input.title ?? 'Alignment kickoff', ...(input.language ? { language: input.language } : {}) });
      changed(w.id);
      return w;
    },
    'workshop:createSample': () => {
      const w = makeWorkshop({ title: 'Sales & Marketing alignment kickoff', startTime: '09:00', plannedEnd: '11:00' });
      for (const [name, team] of [
        ['Dana Lee', 'sales'],
        ['Sam Ortiz', 'marketing'],
        ['Priya Shah', 'marketing'],
      ] as const)
        addPerson(w.id, { name, team });
      addActivity(w.id, { kind: 'slide', title: 'Welcome and why we are here', minutes: 10 });
      addActivity(w.id, {
        kind: 'dotvote',
        title: 'Dot vote: top priorities',
        minutes: 15,
        config: { prompt: 'What matters?', options: items(['Speed', 'Quality']), dotsPerPerson: 3, maxPerItem: 2 },
      });
      addActivity(w.id, { kind: 'break', title: 'Coffee', minutes: 10 });
      changed(w.id);
      return w;
    },
    'workshop:update': ({ id, patch }) => {
      const w = { ...workshop(id), ...patch, updatedAt: now() } as Workshop;
      db.workshops.set(id, w);
      changed(id);
      return w;
    },
    'workshop:answerCounts': ({ id }) =>
      Object.fromEntries(activitiesOf(id).flatMap((a) => (db.answerCounts.get(a.id) ? [[a.id, db.answerCounts.get(a.id)!]] : []))),
    'workshop:duplicate': ({ id }) => {
      const src = workshop(id);
      const w = makeWorkshop({ ...src, id: undefined as never, title: `${src.title} (copy)`, deletedAt: null });
      participantsOf(id).forEach((p) => addPerson(w.id, p));
      activitiesOf(id).forEach((a) => addActivity(w.id, { ...a, id: undefined as never, workshopId: w.id }));
      changed(w.id);
      return w;
    },
    'workshop:trash': ({ id }) => {
      const w = { ...workshop(id), deletedAt: now() };
      db.workshops.set(id, w);
      changed(id);
      return w;
    },
    'workshop:restore': ({ id }) => {
      const w = { ...workshop(id), deletedAt: null };
      db.workshops.set(id, w);
      changed(id);
      return w;
    },
    'workshop:purge': ({ id }) => {
      workshop(id);
      db.workshops.delete(id);
      db.activities = db.activities.filter((a) => a.workshopId !== id);
      db.participants = db.participants.filter((p) => p.workshopId !== id);
      changed();
      return { id };
    },
    'participant:add': ({ workshopId, ...p }) => {
      workshop(workshopId);
      const person = addPerson(workshopId, p);
      changed(workshopId);
      return person;
    },
    'participant:addMany': ({ workshopId, people }) => {
      workshop(workshopId);
      const added = people.map((p) => addPerson(workshopId, p));
      changed(workshopId);
      return added;
    },
    'participant:update': ({ id, patch }) => {
      const p = db.participants.find((x) => x.id === id) ?? notFound('person');
      Object.assign(p, patch);
      changed(p.workshopId);
      return { ...p };
    },
    'participant:remove': ({ id }) => {
      const p = db.participants.find((x) => x.id === id) ?? notFound('person');
      db.participants = db.participants.filter((x) => x.id !== id);
      changed(p.workshopId);
      return { id };
    },
    'activity:add': ({ workshopId, index, ...a }) => {
      workshop(workshopId);
      const act = addActivity(workshopId, Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Activity, index);
      changed(workshopId);
      return { ...act };
    },
    'activity:update': ({ id, patch }) => {
      const a = db.activities.find((x) => x.id === id) ?? notFound('activity');
      Object.assign(a, patch);
      changed(a.workshopId);
      return { ...a };
    },
    'activity:duplicate': ({ id }) => {
      const a = db.activities.find((x) => x.id === id) ?? notFound('activity');
      const copy = addActivity(a.workshopId, { ...a, id: undefined as never, title: `${a.title} (copy)` }, a.position + 1);
      changed(a.workshopId);
      return { ...copy };
    },
    'activity:remove': ({ id }) => {
      const a = db.activities.find((x) => x.id === id) ?? notFound('activity');
      db.activities = db.activities.filter((x) => x.id !== id);
      renumber(a.workshopId);
      changed(a.workshopId);
      return { id };
    },
    'activity:reorder': ({ workshopId, orderedIds }) => {
      const list = activitiesOf(workshopId);
      if (orderedIds.length !== list.length || !list.every((a) => orderedIds.includes(a.id))) {
        throw { code: 'CONFLICT', message: 'The agenda changed meanwhile. Try the move again.' } satisfies ApiError;
      }
      renumber(
        workshopId,
        orderedIds.map((id) => list.find((a) => a.id === id)!),
      );
      changed(workshopId);
      return activitiesOf(workshopId).map((a) => ({ ...a }));
    },
    'actionItem:add': () => notFound('action'),
    'actionItem:update': () => notFound('action'),
    'actionItem:remove': () => notFound('action'),
  };

  const api: FakeApi = {
    calls,
    db,
    callsOf: (op) => calls.filter((c) => c.op === op).map((c) => c.input) as never,
    failNext(op, error, times = 1) {
      failures.set(op, { error, times });
    },
    setDown(d) {
      down = d;
    },
    emit: (event, payload) => emit(event, payload),
    seedWorkshop(fields = {}, more = {}) {
      const w = makeWorkshop({ title: 'Seeded workshop', ...fields });
      for (const p of more.participants ?? []) addPerson(w.id, { name: p.name ?? 'Someone', team: p.team ?? 'sales', role: p.role });
      for (const a of more.activities ?? []) addActivity(w.id, { kind: 'slide', ...a });
      return w;
    },
    async invoke(op, input) {
      await Promise.resolve();
      calls.push({ op, input: structuredClone(input) });
      if (down) return { ok: false, error: { code: 'UNAVAILABLE', message: 'Lost contact with Common Ground. Retrying…' } } as never;
      const failure = failures.get(op);
      if (failure) {
        if (--failure.times <= 0) failures.delete(op);
        return { ok: false, error: failure.error } as never;
      }
      const parsed = contract[op].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) } as never;
      const handler = handlers[op] as ((i: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `${op} is not in the fake API` } } as never;
      try {
        const value = handler(parsed.data);
        return { ok: true, value: structuredClone(value) } as Result<never>;
      } catch (err) {
        if (err && typeof err === 'object' && 'code' in err) return { ok: false, error: err as ApiError } as never;
        throw err;
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
  return api;
}
