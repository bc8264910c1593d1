import { msg } from '@lingui/core/macro';
import type { Participant } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import * as q from '../db/queries/participants';
import { touchWorkshop } from '../db/queries/workshops';
import { newId } from '../db/ids';
import type { HandlerContext, Handlers } from './context';
import { required, workshopChanged } from './context';
import { getWorkshopOrThrow } from './workshop-records';

/** Names cannot come back into a workshop whose names were removed for good. */
function refuseIfAnonymised(ctx: HandlerContext, workshopId: string): void {
  if (getWorkshopOrThrow(ctx, workshopId).anonymisedAt) {
    throw new DomainError(
      'CONFLICT',
      msg`Names were removed from this workshop for good (anonymised), so people cannot be added or renamed. Duplicate it to run it again with a new roster.`,
    );
  }
}

function addPeople(
  ctx: HandlerContext,
  workshopId: string,
  people: readonly { name: string; team: Participant['team']; role?: string | undefined }[],
): Participant[] {
  refuseIfAnonymised(ctx, workshopId);
  const taken = new Set(q.listParticipants(ctx.db, workshopId).map((p) => p.name.toLowerCase()));
  let position = q.nextParticipantPosition(ctx.db, workshopId);
  const added = people.map((person) => {
    const key = person.name.toLowerCase();
    if (taken.has(key)) {
      const name = person.name;
      throw new DomainError('CONFLICT', msg`${name} is already on the roster. Use a different name, e.g. with an initial.`);
    }
    taken.add(key);
    const participant: Participant = {
      id: newId(),
      workshopId,
      name: person.name,
      team: person.team,
      role: person.role ?? '',
      position: position++,
    };
    q.insertParticipant(ctx.db, participant, ctx.now);
    return participant;
  });
  touchWorkshop(ctx.db, workshopId, ctx.now);
  workshopChanged(ctx, workshopId);
  return added;
}

export { addPeople };

export const participantHandlers = {
  'participant:add': ({ workshopId, ...person }, ctx) => addPeople(ctx, workshopId, [person])[0]!,

  'participant:addMany': ({ workshopId, people }, ctx) => addPeople(ctx, workshopId, people),

  'participant:update': ({ id, patch }, ctx) => {
    const current = required(q.getParticipant(ctx.db, id), 'participant');
    if (patch.name !== undefined || patch.role !== undefined) refuseIfAnonymised(ctx, current.workshopId);
    const next = { ...current, ...patch };
    if (patch.name && patch.name.toLowerCase() !== current.name.toLowerCase()) {
      const clash = q.listParticipants(ctx.db, current.workshopId).some((p) => p.id !== id && p.name.toLowerCase() === patch.name!.toLowerCase());
      const name = patch.name;
      if (clash) throw new DomainError('CONFLICT', msg`${name} is already on the roster. Use a different name.`);
    }
    q.updateParticipant(ctx.db, next);
    touchWorkshop(ctx.db, current.workshopId, ctx.now);
    workshopChanged(ctx, current.workshopId);
    return next;
  },

  'participant:remove': ({ id }, ctx) => {
    const current = required(q.getParticipant(ctx.db, id), 'participant');
    q.deleteParticipant(ctx.db, id);
    touchWorkshop(ctx.db, current.workshopId, ctx.now);
    workshopChanged(ctx, current.workshopId);
    return { id };
  },
} satisfies Partial<Handlers>;
