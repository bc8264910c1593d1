import { msg } from '@lingui/core/macro';
import { i18nFor } from '../i18n';
import type { Locale } from '../../shared/locale';
// Pure decision for one `cg:invoke` call: who sent it, is the operation
// known, then the core. Never throws.
import { isOpName } from '../../shared/api/names';
import { fail, type Result } from '../../shared/api/result';
import { isTrustedUrl } from './policy';

export interface Dispatcher {
  /** The core answers at once; the room for phones (network) answers later. */
  dispatch(op: unknown, input: unknown, locale: Locale): Result<unknown> | Promise<Result<unknown>>;
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
  locale: Locale = 'en',
): Result<unknown> | Promise<Result<unknown>> {
  const i18n = i18nFor(locale);
  if (!isTrustedUrl(senderUrl, origins)) {
    return fail('UNAUTHORIZED', i18n._(msg`This request did not come from a Common Ground window, so it was refused.`));
  }
  if (!isOpName(op)) {
    const name = String(op).slice(0, 64);
    return fail('NOT_FOUND', i18n._(msg`There is no operation called "${name}".`));
  }
  try {
    return core.dispatch(op, input, locale);
  } catch {
    return fail('INTERNAL', i18n._(msg`Something went wrong inside Common Ground. Try again; if it keeps happening, restart the app.`));
  }
}
