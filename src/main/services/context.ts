import type { CoreOpName, EventName } from '../../shared/api/names';
import type { OpOutput, OpParsedInput, EventPayload } from '../../shared/api/contract';
import { msg } from '@lingui/core/macro';
import { DomainError } from '../../shared/api/result';
import type { Db } from '../db/connection';

/** What a handler gets: the database (inside a transaction), the time, and a way to announce changes. */
export interface HandlerContext {
  db: Db;
  now: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  info: { version: string; dataDir: string; mode: 'electron' | 'browser' };
}

export type Handler<K extends CoreOpName> = (input: OpParsedInput<K>, ctx: HandlerContext) => OpOutput<K>;
/** The full table: a missing handler does not compile; `satisfies Partial<Handlers>` refuses extra ones. */
export type Handlers = { [K in CoreOpName]: Handler<K> };

/** What was not found, each a whole sentence so every language can say it its own way. */
const NOT_FOUND = {
  activity: msg`That activity was not found. It may have been deleted in another window; reload the list.`,
  workshop: msg`That workshop was not found. It may have been deleted in another window; reload the list.`,
  person: msg`That person was not found. It may have been deleted in another window; reload the list.`,
  participant: msg`That participant was not found. It may have been deleted in another window; reload the list.`,
  series: msg`That series was not found. It may have been deleted in another window; reload the list.`,
  actionItem: msg`That action item was not found. It may have been deleted in another window; reload the list.`,
} as const;
export type Missing = keyof typeof NOT_FOUND;

export function notFound(what: Missing): DomainError {
  return new DomainError('NOT_FOUND', NOT_FOUND[what]);
}

export function required<T>(value: T | undefined, what: Missing): T {
  if (value === undefined) throw notFound(what);
  return value;
}

export function workshopChanged(ctx: HandlerContext, workshopId: string): void {
  ctx.emit('workshop:changed', { workshopId });
  ctx.emit('workshops:changed', {});
}
