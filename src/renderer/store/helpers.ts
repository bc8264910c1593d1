import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ApiError, Result } from '../../shared/api/result';
import type { AppState } from './types';
import type { Uploader, UploadProgress } from '../api/import-upload';

type Get = () => AppState;

const CONNECTION_FAILED = msg`The connection to Common Ground failed. Try again.`;

/** A request that threw (the network, the desktop bridge) as an UNAVAILABLE error, said in the interface language. */
export const connectionFailed = (i18n: I18n): ApiError => ({ code: 'UNAVAILABLE', message: i18n._(CONNECTION_FAILED) });

/**
 * Read something from the server once our own writes are done, and only
 * keep the answer if no new write started meanwhile (it would be stale).
 */
export async function readFresh<T>(get: Get, fetch: () => Promise<Result<T>>, i18n: () => I18n): Promise<Result<T>> {
  let last: Result<T> | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    await get().whenIdle();
    const before = get().save.writes;
    let r: Result<T>;
    try {
      r = await fetch();
    } catch {
      r = { ok: false, error: connectionFailed(i18n()) };
    }
    last = r;
    if (get().save.writes === before && !get().hasPending()) return r;
  }
  return last!;
}

/** Map a VALIDATION error's issue paths (e.g. "patch.title") onto field keys ("workshop.title"). */
export function fieldErrorsFrom(error: ApiError, prefix: string, strip = 'patch.'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const path = issue.path.startsWith(strip) ? issue.path.slice(strip.length) : issue.path;
    const field = path.split('.')[0];
    if (field && field !== '(input)' && !(`${prefix}.${field}` in out)) out[`${prefix}.${field}`] = issue.message;
  }
  return out;
}

/** A sentence for a toast, in the interface language: what happened and what to do next. `what` is already in that language. */
export function failureMessage(i18n: I18n, what: string, error: ApiError): string {
  const why = error.message;
  switch (error.code) {
    case 'NOT_FOUND':
      return i18n._(msg`${what} wasn't saved: it no longer exists (perhaps it was removed in another window).`);
    case 'UNAUTHORIZED':
      return i18n._(msg`${what} wasn't saved: this window is no longer signed in. Reopen Common Ground from its start link.`);
    default:
      return i18n._(msg`${what} wasn't saved: ${why}`);
  }
}

/** “A title” in the interface language's quotation marks („…“ in German). */
export function quote(i18n: I18n, title: string): string {
  return i18n._(msg`“${title}”`);
}

/**
 * Wrap a reload so bursts of change events cause at most one run in flight
 * plus one more afterwards (which sees everything the burst changed).
 */
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | null = null;
  let again = false;
  const start = (): Promise<void> => {
    current = run().finally(() => {
      if (again) {
        again = false;
        current = start();
      } else {
        current = null;
      }
    });
    return current;
  };
  return () => {
    if (current) {
      again = true;
      return current.then(() => current ?? undefined);
    }
    return start();
  };
}

/**
 * An exported file (workshop or series) sent to the core: in browser mode over HTTP with progress (the socket
 * caps a message at 1 MiB); on the desktop over IPC, which has no cap, decoded strictly so broken bytes are
 * refused (`notUtf8`), never turned into U+FFFD. Resolves to the core's result, or an error when the bytes are not text.
 */
export async function sendImportFile<T>(
  file: Blob,
  how: {
    upload?: Uploader<T>;
    progress(p: UploadProgress | null): void;
    viaIpc(json: string): Promise<Result<T>>;
    notUtf8: string;
  },
): Promise<Result<T> | { ok: false; error: { message: string } }> {
  if (how.upload) {
    how.progress({ loaded: 0, total: file.size });
    const r = await how.upload(file, how.progress);
    how.progress(null);
    return r;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { message: how.notUtf8 } };
  }
  return how.viaIpc(text);
}
