import { msg } from '@lingui/core/macro';
import { contract } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import type { Workshop, WorkshopDetail } from '../../shared/domain';
import { coalesce, failureMessage, fieldErrorsFrom, readFresh } from './helpers';
import { createAgendaActions, type AgendaActions } from './planner-agenda';
import { createRosterActions, type RosterActions } from './planner-roster';
import type { AppState, Slice, StoreDeps } from './types';

export type WorkshopPatch = Partial<Pick<Workshop, EditableWorkshopField>>;
type EditableWorkshopField =
  | 'title'
  | 'goal'
  | 'date'
  | 'startTime'
  | 'plannedEnd'
  | 'location'
  | 'facilitator'
  | 'status'
  | 'anonymityThreshold'
  | 'namesInExports'
  | 'currency'
  | 'language'
  | 'clientName'
  | 'accent';

export interface PlannerState {
  id: string | null;
  detail: WorkshopDetail | null;
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  error: string | null;
  /** Messages shown next to fields, keyed like "workshop.title" or "activity.<id>.minutes". */
  fieldErrors: Record<string, string>;
}

export interface PlannerSlice extends AgendaActions, RosterActions {
  planner: PlannerState;
  openWorkshop(id: string): Promise<void>;
  closeWorkshop(): void;
  refreshWorkshop(): Promise<void>;
  /** Optimistic; returns false (and sets field errors) when the patch is not valid. */
  updateWorkshop(patch: WorkshopPatch): boolean;
  setFieldErrors(errors: Record<string, string>, clearPrefix?: string): void;
  clearFieldErrors(keys: string[]): void;
  /** Answers per activity of the open workshop (before changing who can be recognised); null when it could not be asked. */
  countAnswers(): Promise<Record<string, number> | null>;
}

export type SetState = (fn: (s: AppState) => Partial<AppState>) => void;

/** Helpers the agenda and roster actions share. */
export interface PlannerKit {
  set: SetState;
  get: () => AppState;
  deps: StoreDeps;
  /** Change the open workshop's detail (no-op when none is open). */
  mutateDetail(fn: (d: WorkshopDetail) => WorkshopDetail): void;
  /** Say why a save failed, mark the fields, and go back to what the server has. */
  handleFailure(what: string, error: ApiError, fieldPrefix?: string): void;
}

export const createPlannerSlice =
  (deps: StoreDeps): Slice<PlannerSlice> =>
  (set, get) => {
    const patchPlanner = (p: Partial<PlannerState>) => set((s) => ({ planner: { ...s.planner, ...p } }));

    const kit: PlannerKit = {
      set,
      get,
      deps,
      mutateDetail(fn) {
        set((s) => (s.planner.detail ? { planner: { ...s.planner, detail: fn(s.planner.detail) } } : {}));
      },
      handleFailure(what, error, fieldPrefix) {
        if (error.code === 'VALIDATION' && fieldPrefix) {
          const fields = fieldErrorsFrom(error, fieldPrefix);
          if (Object.keys(fields).length > 0) get().setFieldErrors(fields);
        }
        get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), what, error) });
        void get().refreshWorkshop();
      },
    };

    return {
      planner: { id: null, detail: null, status: 'idle', error: null, fieldErrors: {} },

      async openWorkshop(id) {
        if (get().planner.id !== id) {
          patchPlanner({ id, detail: null, status: 'loading', error: null, fieldErrors: {} });
        }
        await get().refreshWorkshop();
      },

      closeWorkshop() {
        patchPlanner({ id: null, detail: null, status: 'idle', error: null, fieldErrors: {} });
      },

      refreshWorkshop: coalesce(async () => {
        const id = get().planner.id;
        if (!id) return;
        const r = await readFresh(get, () => deps.api.invoke('workshop:get', { id }), deps.i18n);
        if (get().planner.id !== id) return;
        if (r.ok) patchPlanner({ detail: r.value, status: 'ready', error: null });
        else if (r.error.code === 'NOT_FOUND') patchPlanner({ detail: null, status: 'missing', error: r.error.message });
        else if (!get().planner.detail) patchPlanner({ status: 'error', error: r.error.message });
      }),

      updateWorkshop(patch) {
        const id = get().planner.id;
        if (!id || !get().planner.detail) return false;
        const parsed = contract['workshop:update'].input.safeParse({ id, patch });
        if (!parsed.success) {
          get().setFieldErrors(fieldErrorsFrom({ code: 'VALIDATION', message: '', issues: issuesOf(parsed.error) }, 'workshop'));
          return false;
        }
        const clean = parsed.data.patch;
        get().clearFieldErrors(Object.keys(clean).map((k) => `workshop.${k}`));
        kit.mutateDetail((d) => ({ ...d, workshop: { ...d.workshop, ...clean } }));
        const key = `workshop/${id}`;
        void get()
          .enqueue({
            op: 'workshop:update',
            input: { id, patch: clean },
            key,
            merge: (a, b) => ({ id, patch: { ...a.patch, ...b.patch } }),
          })
          .then((r) => {
            if (get().planner.id !== id) return;
            if (r.ok) {
              if (!get().hasPending(key)) kit.mutateDetail((d) => ({ ...d, workshop: r.value }));
            } else {
              kit.handleFailure(deps.i18n()._(msg`Your change`), r.error, 'workshop');
            }
          });
        return true;
      },

      setFieldErrors(errors, clearPrefix) {
        set((s) => {
          const next: Record<string, string> = {};
          for (const [k, v] of Object.entries(s.planner.fieldErrors)) {
            if (!clearPrefix || !k.startsWith(clearPrefix)) next[k] = v;
          }
          return { planner: { ...s.planner, fieldErrors: { ...next, ...errors } } };
        });
      },

      clearFieldErrors(keys) {
        const current = get().planner.fieldErrors;
        if (!keys.some((k) => k in current)) return;
        const next = { ...current };
        for (const k of keys) delete next[k];
        patchPlanner({ fieldErrors: next });
      },

      async countAnswers() {
        const id = get().planner.id;
        if (!id) return null;
        const r = await deps.api.invoke('workshop:answerCounts', { id });
        return r.ok ? r.value : null;
      },

      ...createAgendaActions(kit),
      ...createRosterActions(kit),
    };
  };

/** zod issues in the shape of the API's VALIDATION issues. */
export function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
