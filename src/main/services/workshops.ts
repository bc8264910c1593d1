import { msg } from '@lingui/core/macro';
import { DomainError } from '../../shared/api/result';
import * as q from '../db/queries/workshops';
import { listParticipants, insertParticipant } from '../db/queries/participants';
import { listActivities, insertActivity } from '../db/queries/activities';
import { listActionItems } from '../db/queries/action-items';
import { newId } from '../db/ids';
import type { Handlers } from './context';
import { workshopChanged } from './context';
import { withCurrentConfig } from './activities';
import { createSampleWorkshop } from './sample';
import { getWorkshopOrThrow, newWorkshop } from './workshop-records';
import { answerCounts } from '../db/queries/responses';
import { schemaVersion } from '../db/pragmas';
import { logNamesInExports } from './privacy-settings';
import { applyWorkshopCurrency } from './currency';
import { brandDefaultFields } from './branding';

export const workshopHandlers = {
  'app:info': (_input, ctx) => ({ ...ctx.info, schemaVersion: schemaVersion(ctx.db) }),

  'workshop:list': (_input, ctx) => q.listWorkshops(ctx.db, false),

  'workshop:listTrash': (_input, ctx) => q.listWorkshops(ctx.db, true),

  'workshop:get': ({ id }, ctx) => ({
    workshop: getWorkshopOrThrow(ctx, id),
    participants: listParticipants(ctx.db, id),
    activities: listActivities(ctx.db, id).map(withCurrentConfig),
    actionItems: listActionItems(ctx.db, id),
  }),

  'workshop:create': (input, ctx) => {
    // A new workshop starts with the saved default branding; what the caller gives wins.
    const workshop = newWorkshop(ctx, { ...brandDefaultFields(ctx), ...input });
    ctx.emit('workshops:changed', {});
    return workshop;
  },

  'workshop:createSample': ({ language }, ctx) => {
    const workshop = createSampleWorkshop(ctx, language);
    ctx.emit('workshops:changed', {});
    return workshop;
  },

  'workshop:update': ({ id, patch }, ctx) => {
    const before = getWorkshopOrThrow(ctx, id);
    q.updateWorkshop(ctx.db, id, { ...patch, updatedAt: ctx.now });
    if (patch.namesInExports !== undefined && patch.namesInExports !== before.namesInExports) logNamesInExports(ctx, id, patch.namesInExports);
    if (patch.currency !== undefined && patch.currency !== before.currency) applyWorkshopCurrency(ctx, id, patch.currency);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'workshop:answerCounts': ({ id }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    return answerCounts(ctx.db, id);
  },

  'workshop:duplicate': ({ id }, ctx) => {
    const source = getWorkshopOrThrow(ctx, id);
    const copy = newWorkshop(ctx, {
      ...source,
      title: `${source.title} (copy)`.slice(0, 200),
      status: 'draft',
    });
    for (const p of listParticipants(ctx.db, id)) insertParticipant(ctx.db, { ...p, id: newId(), workshopId: copy.id }, ctx.now);
    for (const a of listActivities(ctx.db, id)) insertActivity(ctx.db, { ...a, id: newId(), workshopId: copy.id }, ctx.now);
    ctx.emit('workshops:changed', {});
    return copy;
  },

  'workshop:trash': ({ id }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    q.setDeletedAt(ctx.db, id, ctx.now, ctx.now);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'workshop:restore': ({ id }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    q.setDeletedAt(ctx.db, id, null, ctx.now);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'workshop:purge': ({ id }, ctx) => {
    const workshop = getWorkshopOrThrow(ctx, id);
    if (!workshop.deletedAt) {
      throw new DomainError('CONFLICT', msg`Only a workshop in the trash can be deleted for good. Move it to the trash first.`);
    }
    q.deleteWorkshop(ctx.db, id);
    workshopChanged(ctx, id);
    return { id };
  },
} satisfies Partial<Handlers>;
