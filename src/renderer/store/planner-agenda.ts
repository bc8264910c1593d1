import { msg } from '@lingui/core/macro';
import { findDefinition } from '../../activities/registry';
import { defaultTitleIn } from '../../activities/default-titles';
import { contract } from '../../shared/api/contract';
import type { Activity } from '../../shared/domain';
import { fieldErrorsFrom, quote } from './helpers';
import type { PlannerKit } from './planner-slice';
import { issuesOf } from './planner-slice';
import { kindWord } from '../../activities/kind-words';

export type ActivityPatch = Partial<Pick<Activity, 'title' | 'minutes' | 'config' | 'notes' | 'naming'>>;

export interface AgendaActions {
  /** Appends (or inserts at index); resolves to the new activity's id. */
  addActivity(kind: string, index?: number): Promise<string | null>;
  /** Optimistic; returns false (and sets field errors) when the patch is not valid. */
  updateActivity(id: string, patch: ActivityPatch): boolean;
  duplicateActivity(id: string): Promise<string | null>;
  removeActivity(id: string): void;
  /** The full new order. Optimistic, one API call; restores the old order if it fails. */
  reorderActivities(orderedIds: string[]): Promise<boolean>;
  /** Move one place up (-1) or down (+1). */
  moveActivity(id: string, delta: number): Promise<boolean>;
}

const renumber = (list: Activity[]) => list.map((a, position) => (a.position === position ? a : { ...a, position }));

function inOrder(list: Activity[], ids: string[]): Activity[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  const ordered = ids.flatMap((id) => {
    const a = byId.get(id);
    byId.delete(id);
    return a ? [a] : [];
  });
  // Anything not in the list (added meanwhile) keeps its place at the end.
  return renumber([...ordered, ...byId.values()]);
}

export function createAgendaActions(kit: PlannerKit): AgendaActions {
  const { get, mutateDetail, handleFailure } = kit;
  const i18n = () => kit.deps.i18n();
  const activities = () => get().planner.detail?.activities ?? [];
  const insertAt = (a: Activity, index: number) =>
    mutateDetail((d) => {
      const list = d.activities.filter((x) => x.id !== a.id);
      list.splice(Math.max(0, Math.min(index, list.length)), 0, a);
      return { ...d, activities: renumber(list) };
    });

  const actions: AgendaActions = {
    async addActivity(kind, index) {
      const workshopId = get().planner.id;
      if (!workshopId) return null;
      const def = findDefinition(kind);
      // The new activity's title and example content in the workshop's language, as the core would make them.
      const language = get().planner.detail?.workshop.language;
      const input = {
        workshopId,
        kind,
        ...(def ? { title: defaultTitleIn(def, language), minutes: def.defaultMinutes, config: def.defaultConfig(language) } : {}),
        ...(index !== undefined ? { index } : {}),
      };
      const r = await get().enqueue({ op: 'activity:add', input });
      if (!r.ok) {
        const kindName = def ? kindWord(i18n(), def.kind, def) : undefined;
        handleFailure(kindName ? i18n()._(msg`The new ${kindName}`) : i18n()._(msg`The new activity`), r.error);
        return null;
      }
      if (get().planner.id === workshopId) insertAt(r.value, index ?? activities().length);
      return r.value.id;
    },

    updateActivity(id, patch) {
      const parsed = contract['activity:update'].input.safeParse({ id, patch });
      const prefix = `activity.${id}`;
      if (!parsed.success) {
        get().setFieldErrors(fieldErrorsFrom({ code: 'VALIDATION', message: '', issues: issuesOf(parsed.error) }, prefix));
        return false;
      }
      const clean = parsed.data.patch;
      get().clearFieldErrors(Object.keys(clean).map((k) => `${prefix}.${k}`));
      mutateDetail((d) => ({ ...d, activities: d.activities.map((a) => (a.id === id ? { ...a, ...clean } : a)) }));
      const key = `activity/${id}`;
      void get()
        .enqueue({ op: 'activity:update', input: { id, patch: clean }, key, merge: (a, b) => ({ id, patch: { ...a.patch, ...b.patch } }) })
        .then((r) => {
          if (r.ok) {
            if (!get().hasPending(key)) mutateDetail((d) => ({ ...d, activities: d.activities.map((a) => (a.id === id ? r.value : a)) }));
          } else {
            handleFailure(i18n()._(msg`Your change to the activity`), r.error, prefix);
          }
        });
      return true;
    },

    async duplicateActivity(id) {
      const index = activities().findIndex((a) => a.id === id);
      const r = await get().enqueue({ op: 'activity:duplicate', input: { id } });
      if (!r.ok) {
        handleFailure(i18n()._(msg`The copy`), r.error);
        return null;
      }
      insertAt(r.value, index + 1);
      return r.value.id;
    },

    removeActivity(id) {
      const list = activities();
      const index = list.findIndex((a) => a.id === id);
      const removed = list[index];
      if (!removed) return;
      mutateDetail((d) => ({ ...d, activities: renumber(d.activities.filter((a) => a.id !== id)) }));
      const title = quote(i18n(), removed.title);
      const toastId = get().pushToast({
        message: i18n()._(msg`Removed ${title}.`),
        action: { label: i18n()._(msg`Undo`), run: () => void restore(removed, index) },
      });
      void get()
        .enqueue({ op: 'activity:remove', input: { id } })
        .then((r) => {
          if (r.ok || r.error.code === 'NOT_FOUND') return;
          get().dismissToast(toastId);
          handleFailure(i18n()._(msg`Removing ${title}`), r.error);
        });
    },

    async reorderActivities(orderedIds) {
      const workshopId = get().planner.id;
      if (!workshopId) return false;
      const snapshot = activities().map((a) => a.id);
      mutateDetail((d) => ({ ...d, activities: inOrder(d.activities, orderedIds) }));
      const key = `reorder/${workshopId}`;
      const r = await get().enqueue({
        op: 'activity:reorder',
        input: { workshopId, orderedIds },
        key,
        merge: (_a, b) => b,
      });
      if (get().planner.id !== workshopId) return r.ok;
      if (r.ok) {
        if (!get().hasPending(key) && !get().hasPending()) mutateDetail((d) => ({ ...d, activities: r.value }));
        return true;
      }
      // Put the agenda back the way it was, keeping any edits made meanwhile.
      mutateDetail((d) => ({ ...d, activities: inOrder(d.activities, snapshot) }));
      handleFailure(i18n()._(msg`The new order`), r.error);
      return false;
    },

    moveActivity(id, delta) {
      const ids = activities().map((a) => a.id);
      const from = ids.indexOf(id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(false);
      ids.splice(from, 1);
      ids.splice(to, 0, id);
      return actions.reorderActivities(ids);
    },
  };

  /** Undo a removal: add it back where it was, with its settings and notes. */
  async function restore(a: Activity, index: number) {
    const workshopId = get().planner.id;
    if (!workshopId || workshopId !== a.workshopId) return;
    const r = await get().enqueue({
      op: 'activity:add',
      input: { workshopId, kind: a.kind, title: a.title, minutes: a.minutes, config: a.config, index },
    });
    if (!r.ok) {
      const title = quote(i18n(), a.title);
      handleFailure(i18n()._(msg`Bringing back ${title}`), r.error);
      return;
    }
    insertAt(r.value, index);
    if (a.notes) actions.updateActivity(r.value.id, { notes: a.notes });
  }

  return actions;
}
