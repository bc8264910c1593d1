import * as q from '../db/queries/action-items';
import { touchWorkshop } from '../db/queries/workshops';
import { newId } from '../db/ids';
import type { Handlers } from './context';
import { required, workshopChanged } from './context';
import { getWorkshopOrThrow } from './workshop-records';

export const actionItemHandlers = {
  'actionItem:add': ({ workshopId, text, owner, dueDate }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    const item = {
      id: newId(),
      workshopId,
      text,
      owner: owner ?? '',
      dueDate: dueDate ?? null,
      status: 'open' as const,
      position: q.listActionItems(ctx.db, workshopId).length,
    };
    q.insertActionItem(ctx.db, item, ctx.now);
    touchWorkshop(ctx.db, workshopId, ctx.now);
    workshopChanged(ctx, workshopId);
    return item;
  },

  'actionItem:update': ({ id, patch }, ctx) => {
    const current = required(q.getActionItem(ctx.db, id), 'actionItem');
    const next = { ...current, ...patch };
    q.updateActionItem(ctx.db, next, ctx.now);
    touchWorkshop(ctx.db, current.workshopId, ctx.now);
    workshopChanged(ctx, current.workshopId);
    return next;
  },

  'actionItem:remove': ({ id }, ctx) => {
    const current = required(q.getActionItem(ctx.db, id), 'actionItem');
    q.deleteActionItem(ctx.db, id);
    touchWorkshop(ctx.db, current.workshopId, ctx.now);
    workshopChanged(ctx, current.workshopId);
    return { id };
  },
} satisfies Partial<Handlers>;
