import { msg } from '@lingui/core/macro';
import { i18nFor } from '../i18n';
import { localeHeader } from './locale-header';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../backend';
import { MAX_IMPORT_BYTES } from '../../shared/domain';
import { IMPORT_CONTENT_TYPE, IMPORT_SERIES_UPLOAD_PATH, IMPORT_UPLOAD_PATH } from '../../shared/import-upload';
import { json, refuse } from './reply';
import { refuseStateChange } from './request-guard';
import { readBytes } from './safe-request';

// Browser mode's way in for workshop files: a POST of the file itself, read
// as a stream up to MAX_IMPORT_BYTES (the API socket takes at most 1 MiB a
// message), decoded as strict UTF-8, then handed to the same workshop:import
// operation the desktop app calls over IPC. Only the facilitator's own page
// may send it (exact Origin, and a content type no form or simple request
// can carry).
//
// HTTP statuses are for the request (405, 403, 415, 413). What the file
// says is the import's verdict: 200 with the operation's Result, ok or not,
// exactly as the API socket delivers it (a refused file is an answer, not a
// failed request, and a browser logs no network error for it).

export { IMPORT_SERIES_UPLOAD_PATH, IMPORT_UPLOAD_PATH };

/** What the file is imported as: a workshop (POST /api/import) or a whole series (POST /api/import-series). */
export type UploadKind = 'workshop' | 'series';

const MAX_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

const refusal = (res: ServerResponse, status: number, message: string) => refuse(res, status, 'VALIDATION', message);

export async function handleImportUpload(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { backend: Backend; origins: ReadonlySet<string>; kind?: UploadKind },
): Promise<void> {
  const kind = opts.kind ?? 'workshop';
  const locale = localeHeader(req);
  const i18n = i18nFor(locale);
  if (req.method !== 'POST') return refusal(res, 405, `Send the ${kind} file with POST.`);
  if (refuseStateChange(req, res, { origins: opts.origins, contentTypes: [IMPORT_CONTENT_TYPE] })) return;
  const upload = await readBytes(req, MAX_IMPORT_BYTES);
  if (upload.kind === 'aborted') return;
  if (upload.kind === 'too-large') {
    res.setHeader('Connection', 'close');
    return refusal(
      res,
      413,
      i18n._(
        kind === 'series'
          ? msg`That file is too large to be a Common Ground series (over ${MAX_MB} MB). Nothing was imported.`
          : msg`That file is too large to be a Common Ground workshop (over ${MAX_MB} MB). Nothing was imported.`,
      ),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(upload.body);
  } catch {
    return refusal(
      res,
      200,
      i18n._(
        kind === 'series'
          ? msg`That file is not valid UTF-8 text, so it is damaged or not a Common Ground series export. Nothing was imported.`
          : msg`That file is not valid UTF-8 text, so it is damaged or not a Common Ground workshop export. Nothing was imported.`,
      ),
    );
  }
  const result = await opts.backend.invoke(kind === 'series' ? 'series:import' : 'workshop:import', { json: text }, locale);
  return json(res, result.ok || result.error.code !== 'INTERNAL' ? 200 : 500, result);
}
