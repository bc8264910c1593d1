import type { Workshop } from '../../shared/domain';
import * as q from '../db/queries/workshops';
import { newId } from '../db/ids';
import type { HandlerContext } from './context';
import { required } from './context';

export function getWorkshopOrThrow(ctx: HandlerContext, id: string): Workshop {
  return required(q.getWorkshop(ctx.db, id), 'workshop');
}

export function newWorkshop(ctx: HandlerContext, fields: Partial<Workshop> & { title: string }): Workshop {
  const workshop: Workshop = {
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
    ...fields,
    id: newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    deletedAt: null,
  };
  q.insertWorkshop(ctx.db, workshop);
  return workshop;
}
