import type { CoreOpName, EventName } from '../../shared/api/names';
import type { OpOutput, OpParsedInput, EventPayload } from '../../shared/api/contract';
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

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} was not found. It may have been deleted in another window; reload the list.`);
}

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

export function workshopChanged(ctx: HandlerContext, workshopId: string): void {
  ctx.emit('workshop:changed', { workshopId });
  ctx.emit('workshops:changed', {});
}
