import { msg, plural } from '@lingui/core/macro';
import { contract } from '../../shared/api/contract';
import type { Participant, Team } from '../../shared/domain';
import { fieldErrorsFrom, quote } from './helpers';
import type { PlannerKit } from './planner-slice';
import { issuesOf } from './planner-slice';

export interface NewPerson {
  name: string;
  team: Team;
  role?: string;
}
export type ParticipantPatch = Partial<Pick<Participant, 'name' | 'team' | 'role'>>;

export interface RosterActions {
  /** Resolves to an error message, or null once the person is on the roster. */
  addParticipant(person: NewPerson): Promise<string | null>;
  addParticipants(people: NewPerson[]): Promise<string | null>;
  updateParticipant(id: string, patch: ParticipantPatch): boolean;
  removeParticipant(id: string): void;
}

export function createRosterActions(kit: PlannerKit): RosterActions {
  const { get, mutateDetail, handleFailure } = kit;
  const i18n = () => kit.deps.i18n();
  const append = (people: Participant[]) =>
    mutateDetail((d) => {
      const known = new Set(d.participants.map((p) => p.id));
      return { ...d, participants: [...d.participants, ...people.filter((p) => !known.has(p.id))] };
    });

  const actions: RosterActions = {
    async addParticipant(person) {
      const workshopId = get().planner.id;
      if (!workshopId) return i18n()._(msg`No workshop is open`);
      const parsed = contract['participant:add'].input.safeParse({ workshopId, ...person });
      if (!parsed.success) return parsed.error.issues[0]?.message ?? i18n()._(msg`Check the name and team`);
      const r = await get().enqueue({ op: 'participant:add', input: parsed.data });
      if (!r.ok) return r.error.message;
      append([r.value]);
      return null;
    },

    async addParticipants(people) {
      const workshopId = get().planner.id;
      if (!workshopId) return i18n()._(msg`No workshop is open`);
      const parsed = contract['participant:addMany'].input.safeParse({ workshopId, people });
      if (!parsed.success) return parsed.error.issues[0]?.message ?? i18n()._(msg`Check the list`);
      const r = await get().enqueue({ op: 'participant:addMany', input: parsed.data });
      if (!r.ok) return r.error.message;
      append(r.value);
      const count = r.value.length;
      get().pushToast({ tone: 'success', message: i18n()._(msg`Added ${plural(count, { one: '# person', other: '# people' })} to the roster.`) });
      return null;
    },

    updateParticipant(id, patch) {
      const prefix = `participant.${id}`;
      const parsed = contract['participant:update'].input.safeParse({ id, patch });
      if (!parsed.success) {
        get().setFieldErrors(fieldErrorsFrom({ code: 'VALIDATION', message: '', issues: issuesOf(parsed.error) }, prefix));
        return false;
      }
      const clean = parsed.data.patch;
      get().clearFieldErrors(Object.keys(clean).map((k) => `${prefix}.${k}`));
      mutateDetail((d) => ({ ...d, participants: d.participants.map((p) => (p.id === id ? { ...p, ...clean } : p)) }));
      const key = `participant/${id}`;
      void get()
        .enqueue({ op: 'participant:update', input: { id, patch: clean }, key, merge: (a, b) => ({ id, patch: { ...a.patch, ...b.patch } }) })
        .then((r) => {
          if (r.ok) {
            if (!get().hasPending(key)) mutateDetail((d) => ({ ...d, participants: d.participants.map((p) => (p.id === id ? r.value : p)) }));
          } else {
            handleFailure(i18n()._(msg`Your change to the roster`), r.error, prefix);
          }
        });
      return true;
    },

    removeParticipant(id) {
      const person = get().planner.detail?.participants.find((p) => p.id === id);
      if (!person) return;
      mutateDetail((d) => ({ ...d, participants: d.participants.filter((p) => p.id !== id) }));
      const name = quote(i18n(), person.name);
      const toastId = get().pushToast({
        message: i18n()._(msg`Removed ${name} from the roster.`),
        action: {
          label: i18n()._(msg`Undo`),
          run: () => void actions.addParticipant({ name: person.name, team: person.team, role: person.role }),
        },
      });
      void get()
        .enqueue({ op: 'participant:remove', input: { id } })
        .then((r) => {
          if (r.ok || r.error.code === 'NOT_FOUND') return;
          get().dismissToast(toastId);
          handleFailure(i18n()._(msg`Removing ${name}`), r.error);
        });
    },
  };
  return actions;
}
