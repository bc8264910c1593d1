import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { ActivityResults, OpInput } from '../../shared/api/contract';
import type { WorkshopDetail } from '../../shared/domain';
import type { RunState } from '../../shared/run';
import type { TIMER_ACTIONS } from '../../shared/run';
import type { RoomInfo } from '../../shared/room';
import type { SeriesTrends } from '../../shared/trends';
import { conflictMessage } from '../../shared/board-merge';
import { coalesce, failureMessage } from './helpers';
import { coalesceByKey, estimateOffset, keepIfSame, shareRun } from './run-sync';
import type { Slice, StoreDeps } from './types';

export type RunLoad = 'idle' | 'loading' | 'ready' | 'error';
type TimerAction = (typeof TIMER_ACTIONS)[number];

export interface RunView {
  workshopId: string | null;
  detail: WorkshopDetail | null;
  run: RunState | null;
  /** Server clock minus ours, so every window shows the same timer. */
  clockOffsetMs: number;
  /** Results of the activities on screen, by activity id. */
  results: Record<string, ActivityResults>;
  room: RoomInfo | null;
  /** Board edits the core could not keep (the other console changed the same thing), in words, by activity id. */
  boardConflicts: Record<string, string[]>;
  status: RunLoad;
  error: string | null;
  /** Series trends (#18): the workshop's series up to and including it; null in no series (or not loaded). */
  trends: SeriesTrends | null;
}

export interface RunSlice {
  runView: RunView;
  /** Load a workshop for running (console, presenter or in-room participation). */
  openRun(workshopId: string): Promise<void>;
  closeRun(): void;
  refreshRun(): Promise<void>;
  refreshDetail(): Promise<void>;
  refreshResults(activityId?: string): Promise<void>;
  startRun(): Promise<void>;
  endRun(): Promise<void>;
  goNext(): Promise<void>;
  goPrevious(): Promise<void>;
  goTo(activityId: string): Promise<void>;
  timer(action: TimerAction): Promise<void>;
  setLocked(activityId: string, locked: boolean): Promise<void>;
  setRevealed(activityId: string, revealed: boolean): Promise<void>;
  /** Page the projector's current activity by `delta` pages (the console and the presenter's keys). */
  pageProjector(delta: number): Promise<void>;
  /** The presenter window measured this many pages for the activity on it. */
  reportPresenterPages(activityId: string, pages: number): Promise<void>;
  resetResponses(activityId: string): Promise<boolean>;
  /** Save a board edit made on the board on screen (or on `base`); the core merges it with edits from other consoles. */
  setBoard(activityId: string, board: unknown, base?: unknown): Promise<void>;
  /** The facilitator read the notice about board edits that were not kept. */
  dismissBoardConflicts(activityId: string): void;
  saveNotes(activityId: string, notes: string): Promise<void>;
  /** One participant's answer (in the room, or entered on their behalf). Throws with a readable message. */
  submitAnswer(input: OpInput<'response:submit'>): Promise<Record<string, unknown>>;
  loadMine(activityId: string, participantId: string): Promise<Record<string, unknown>>;
  refreshRoom(): Promise<void>;
  /** Opens the room (or, when it is open, changes how many people may add themselves). */
  openRoom(host?: string, selfAddLimit?: number): Promise<void>;
  closeRoom(): Promise<void>;
  /** Action items (commitments): written through the API, shown from the workshop detail. */
  addActionItem(input: { text: string; owner: string; dueDate: string | null }): Promise<void>;
  updateActionItem(id: string, patch: OpInput<'actionItem:update'>['patch']): Promise<void>;
  removeActionItem(id: string): Promise<void>;
  /** Ask the desktop app to put the presenter view on the projector; false in a browser. */
  openPresenter(): Promise<boolean>;
  /** The network addresses phones could use. */
  listRoomHosts(): Promise<{ address: string; label: string }[]>;
}

const EMPTY: RunView = {
  workshopId: null,
  detail: null,
  run: null,
  clockOffsetMs: 0,
  results: {},
  room: null,
  boardConflicts: {},
  status: 'idle',
  error: null,
  trends: null,
};

export const createRunSlice =
  (deps: StoreDeps): Slice<RunSlice> =>
  (set, get) => {
    const api = deps.api;
    const patch = (p: Partial<RunView>) => set((s) => ({ runView: { ...s.runView, ...p } }));
    const id = () => get().runView.workshopId;
    const toastError = (what: MessageDescriptor, error: Parameters<typeof failureMessage>[2]) => {
      const i18n = deps.i18n();
      get().pushToast({ message: failureMessage(i18n, i18n._(what), error), tone: 'error' });
    };

    // Board edits are applied here at once and sent one at a time, in order. Until the last
    // edit of an activity is saved, that board stays as edited locally: a reply or a refresh
    // carrying an older board must not undo a newer edit the next one is built on.
    const pendingBoards = new Map<string, { board: unknown; seq: number }>();
    let boardSeq = 0;
    let boardChain: Promise<unknown> = Promise.resolve();
    function withPendingBoards(run: RunState): RunState {
      if (pendingBoards.size === 0) return run;
      return { ...run, activities: run.activities.map((a) => (pendingBoards.has(a.activityId) ? { ...a, board: pendingBoards.get(a.activityId)!.board } : a)) };
    }

    function setBoardConflicts(activityId: string, messages: string[]) {
      const { [activityId]: _old, ...others } = get().runView.boardConflicts;
      patch({ boardConflicts: messages.length ? { ...others, [activityId]: messages } : others });
    }

    /** Apply a run state from the server; nothing changes (and nothing redraws) when it is the same as on screen. */
    function applyRun(run: RunState) {
      if (run.workshopId !== id()) return;
      const view = get().runView;
      const next = shareRun(view.run, withPendingBoards(run));
      const clockOffsetMs = estimateOffset(view.run ? view.clockOffsetMs : null, Date.parse(run.serverNow) - Date.now());
      if (next !== view.run || clockOffsetMs !== view.clockOffsetMs) patch({ run: next, clockOffsetMs });
      if (view.run && next !== view.run && trendBoardChanged(view.run, next)) void refreshTrends();
    }

    // Series trends (#18) cover the workshop up to now, so they follow what changes them while it runs: a lead card
    // joins them once it is sorted here too (a card sorted in one workshop only is in none), and a review's marks
    // change the earlier workshops' follow-through. One read in flight (and one after); in no series, none.
    const kindOf = (activityId: string) => get().runView.detail?.activities.find((a) => a.id === activityId)?.kind;
    const refreshTrends = coalesce(async () => {
      const workshopId = id();
      if (!workshopId || !get().runView.trends) return;
      const r = await api.invoke('series:trends', { workshopId });
      if (r.ok && id() === workshopId) patch({ trends: keepIfSame(get().runView.trends ?? undefined, r.value) });
    });
    /** A review's board changed (shareRun keeps an unchanged board the same object). */
    const trendBoardChanged = (prev: RunState, next: RunState) =>
      next.activities.some((a) => kindOf(a.activityId) === 'review' && prev.activities.find((p) => p.activityId === a.activityId)?.board !== a.board);

    /** The activities whose results are worth keeping fresh: the current one. */
    const watched = () => {
      const run = get().runView.run;
      return run?.currentActivityId ? [run.currentActivityId] : [];
    };

    const refreshRun = coalesce(async () => {
      const workshopId = id();
      if (!workshopId) return;
      const r = await api.invoke('run:get', { workshopId });
      if (r.ok) applyRun(r.value);
    });

    const refreshDetail = coalesce(async () => {
      const workshopId = id();
      if (!workshopId) return;
      const r = await api.invoke('workshop:get', { id: workshopId });
      if (r.ok && r.value.workshop.id === id()) patch({ detail: r.value });
    });

    // One results read in flight per activity (plus one after a burst of answers); equal results keep the object on screen.
    const loadResults = coalesceByKey(async (activityId: string) => {
      const r = await api.invoke('activity:results', { activityId });
      if (!r.ok || get().runView.workshopId === null) return;
      const prev = get().runView.results[activityId];
      const value = keepIfSame(prev, r.value);
      if (value === prev) return;
      set((s) => ({ runView: { ...s.runView, results: { ...s.runView.results, [activityId]: value } } }));
      if (prev && kindOf(activityId) === 'leadsort') void refreshTrends();
    });
    const refreshCurrentResults = coalesce(async () => {
      await Promise.all(watched().map(loadResults));
    });
    /** After a run change: results are read only for an activity we have none for (answers keep the rest fresh). */
    const resultsIfMissing = () => {
      if (watched().some((a) => !(a in get().runView.results))) void refreshCurrentResults();
    };

    /** Run a run-control operation and apply the state it returns. */
    async function control<K extends 'run:start' | 'run:next' | 'run:previous' | 'run:goto' | 'run:end' | 'run:timer' | 'run:set'>(
      op: K,
      input: OpInput<K>,
      what: MessageDescriptor,
    ) {
      const r = await api.invoke(op, input);
      if (!r.ok) {
        toastError(what, r.error);
        return;
      }
      applyRun(r.value as RunState);
      resultsIfMissing();
    }

    // Removed when the store is disposed (the store outlives any one workshop; closeRun makes these ignore events).
    const listen: typeof api.on = (event, listener) => {
      const off = api.on(event, listener);
      deps.onDispose(off);
      return off;
    };
    listen('run:changed', ({ workshopId }) => {
      if (workshopId === id()) void refreshRun().then(resultsIfMissing);
    });
    listen('responses:changed', ({ workshopId, activityId }) => {
      if (workshopId === id() && (watched().includes(activityId) || activityId in get().runView.results)) void loadResults(activityId);
    });
    listen('workshop:changed', ({ workshopId }) => {
      // A new anonymity threshold or activity config changes the results too.
      if (workshopId === id()) void Promise.all([refreshDetail(), refreshCurrentResults()]);
    });
    listen('room:changed', () => {
      if (id()) void get().refreshRoom();
    });

    return {
      runView: EMPTY,

      async openRun(workshopId) {
        if (id() !== workshopId) set({ runView: { ...EMPTY, workshopId, status: 'loading' } });
        const [detail, run, room, trends] = await Promise.all([
          api.invoke('workshop:get', { id: workshopId }),
          api.invoke('run:get', { workshopId }),
          api.invoke('room:status', {}),
          api.invoke('series:trends', { workshopId }),
        ]);
        if (id() !== workshopId) return;
        if (!detail.ok || !run.ok) {
          const error = !detail.ok ? detail.error : (run as Extract<typeof run, { ok: false }>).error;
          patch({ status: 'error', error: error.message });
          return;
        }
        // The room arrives with the run, so a room already open is part of the first picture, not a change.
        patch({
          detail: detail.value,
          status: 'ready',
          error: null,
          room: room.ok && room.value?.workshopId === workshopId ? room.value : null,
          // Trends are extra: without them the results still show, only without "last time".
          trends: trends.ok ? trends.value : null,
        });
        applyRun(run.value);
        await refreshCurrentResults();
      },

      closeRun() {
        set({ runView: EMPTY });
      },

      refreshRun,
      refreshDetail,
      refreshResults: async (activityId) => (activityId ? loadResults(activityId) : refreshCurrentResults()),

      startRun: () => control('run:start', { workshopId: id()! }, msg`Starting the workshop`),
      endRun: () => control('run:end', { workshopId: id()! }, msg`Ending the workshop`),
      goNext: () => control('run:next', { workshopId: id()! }, msg`Moving on`),
      goPrevious: () => control('run:previous', { workshopId: id()! }, msg`Going back`),
      goTo: (activityId) => control('run:goto', { workshopId: id()!, activityId }, msg`Jumping to that activity`),
      timer: (action) => control('run:timer', { workshopId: id()!, action }, msg`The timer`),
      setLocked: (activityId, locked) => control('run:set', { activityId, locked }, locked ? msg`Locking answers` : msg`Unlocking answers`),
      setRevealed: (activityId, revealed) => control('run:set', { activityId, revealed }, revealed ? msg`Revealing results` : msg`Hiding results`),
      async pageProjector(delta) {
        const workshopId = id();
        if (!workshopId) return;
        const r = await api.invoke('run:page', { workshopId, delta });
        if (!r.ok) return void toastError(msg`Paging the projector`, r.error);
        applyRun(r.value);
      },
      async reportPresenterPages(activityId, pages) {
        const workshopId = id();
        if (!workshopId) return;
        const r = await api.invoke('run:presenterPages', { workshopId, activityId, pages });
        if (r.ok) applyRun(r.value);
      },
      setBoard(activityId, board, madeOn) {
        // The board this edit was made on: the core merges the change from it into the board stored now.
        const shown = get().runView.run?.activities.find((a) => a.activityId === activityId);
        const base = madeOn !== undefined ? { base: madeOn } : shown ? { base: shown.board } : {};
        const seq = ++boardSeq;
        pendingBoards.set(activityId, { board, seq });
        const run = get().runView.run;
        if (run) patch({ run: withPendingBoards(run) });
        const send = async () => {
          let r: Awaited<ReturnType<typeof api.invoke<'run:setBoard'>>>;
          try {
            r = await api.invoke('run:setBoard', { activityId, board, ...base });
          } catch (err) {
            r = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
          }
          const latest = pendingBoards.get(activityId)?.seq === seq;
          if (latest) pendingBoards.delete(activityId);
          if (!r.ok) {
            toastError(msg`Your change to the board`, r.error);
            if (latest) await refreshRun(); // show what is really saved
            return;
          }
          const { boardConflicts, ...run } = r.value;
          if (boardConflicts?.length && run.workshopId === id())
            setBoardConflicts(activityId, [...new Set([...(get().runView.boardConflicts[activityId] ?? []), ...boardConflicts.map(conflictMessage)])]);
          applyRun(run);
          resultsIfMissing();
        };
        const next = boardChain.then(send, send);
        boardChain = next.catch(() => undefined);
        return next;
      },

      dismissBoardConflicts: (activityId) => setBoardConflicts(activityId, []),

      async resetResponses(activityId) {
        const r = await api.invoke('run:resetResponses', { activityId });
        if (!r.ok) {
          toastError(msg`Clearing the answers`, r.error);
          return false;
        }
        const removed = r.value.removed;
        get().pushToast({ message: deps.i18n()._(msg`Cleared ${plural(removed, { one: '# answer', other: '# answers' })}.`), tone: 'success' });
        await Promise.all([refreshRun(), loadResults(activityId)]);
        return true;
      },

      async saveNotes(activityId, notes) {
        const r = await api.invoke('activity:update', { id: activityId, patch: { notes } });
        if (!r.ok) toastError(msg`Your notes`, r.error);
      },

      async submitAnswer(input) {
        const r = await api.invoke('response:submit', input);
        if (!r.ok) throw new Error(r.error.message);
        return r.value.mine;
      },

      async loadMine(activityId, participantId) {
        const r = await api.invoke('response:mine', { activityId, participantId });
        if (!r.ok) throw new Error(r.error.message);
        return r.value.mine;
      },

      async refreshRoom() {
        const r = await api.invoke('room:status', {});
        if (r.ok) patch({ room: r.value && r.value.workshopId === id() ? r.value : null });
      },

      async openRoom(host, selfAddLimit) {
        const r = await api.invoke('room:open', { workshopId: id()!, ...(host ? { host } : {}), ...(selfAddLimit === undefined ? {} : { selfAddLimit }) });
        if (!r.ok) return void toastError(msg`Opening the room for phones`, r.error);
        patch({ room: r.value });
      },

      async addActionItem(input) {
        const r = await api.invoke('actionItem:add', { workshopId: id()!, ...input });
        if (!r.ok) throw new Error(r.error.message);
        await refreshDetail();
      },

      async updateActionItem(itemId, patch) {
        const r = await api.invoke('actionItem:update', { id: itemId, patch });
        if (!r.ok) throw new Error(r.error.message);
        await refreshDetail();
      },

      async removeActionItem(itemId) {
        const r = await api.invoke('actionItem:remove', { id: itemId });
        if (!r.ok) throw new Error(r.error.message);
        await refreshDetail();
      },

      async openPresenter() {
        const r = await api.invoke('window:openPresenter', { workshopId: id()! });
        return r.ok;
      },

      async listRoomHosts() {
        const r = await api.invoke('room:hosts', {});
        if (!r.ok) {
          toastError(msg`Finding networks`, r.error);
          return [];
        }
        return r.value;
      },

      async closeRoom() {
        const r = await api.invoke('room:close', {});
        if (!r.ok) return void toastError(msg`Closing the room`, r.error);
        patch({ room: null });
      },
    };
  };
