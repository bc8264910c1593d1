// Pure decision for one `cg:invoke` call: who sent it, is the operation
// known, then the core. Never throws.
import { isOpName } from '../../shared/api/names';
import { fail, type Result } from '../../shared/api/result';
import { isTrustedUrl } from './policy';

export interface Dispatcher {
  /** The core answers at once; the room for phones (network) answers later. */
  dispatch(op: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>>;
}

/**
 * `senderUrl` is the URL of `event.senderFrame` (undefined when the frame is
 * gone). Only pages from a trusted origin may call; only allow-listed
 * operations reach the core.
 */
export function guardedInvoke(
  core: Dispatcher,
  senderUrl: string | undefined,
  op: unknown,
  input: unknown,
  origins?: readonly string[],
): Result<unknown> | Promise<Result<unknown>> {
  if (!isTrustedUrl(senderUrl, origins)) {
    return fail('UNAUTHORIZED', 'This request did not come from a Common Ground window, so it was refused.');
  }
  if (!isOpName(op)) {
    return fail('NOT_FOUND', `There is no operation called "${String(op).slice(0, 64)}".`);
  }
  try {
    return core.dispatch(op, input);
  } catch {
    return fail('INTERNAL', 'Something went wrong inside Common Ground. Try again; if it keeps happening, restart the app.');
  }
}
