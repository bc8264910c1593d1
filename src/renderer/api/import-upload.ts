import { LOCALE_HEADER } from '../../shared/api/wire';
import { interfaceLocale } from '../i18n/interface-language';
import type { Result } from '../../shared/api/result';
import type { Workshop } from '../../shared/domain';
import type { Series } from '../../shared/series';
import { IMPORT_CONTENT_TYPE, IMPORT_SERIES_UPLOAD_PATH, IMPORT_UPLOAD_PATH } from '../../shared/import-upload';

// Browser mode sends workshop and series files over HTTP (POST /api/import,
// /api/import-series), not the API socket, whose messages stop at 1 MiB.
// XMLHttpRequest, because it reports upload progress. The desktop app does
// not need this: IPC has no cap.

export interface UploadProgress {
  loaded: number;
  total: number;
}
export type Uploader<T> = (file: Blob, onProgress: (p: UploadProgress) => void) => Promise<Result<T>>;
export type WorkshopUploader = Uploader<Workshop>;
export type SeriesUploader = Uploader<Series>;

const unreachable = {
  ok: false,
  error: {
    code: 'UNAVAILABLE',
    message: 'The file could not be sent to Common Ground. Check that the app is still running, then try again. Nothing was imported.',
  },
} as const;

function createUploader<T>(path: string): Uploader<T> {
  return (file, onProgress) =>
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('Content-Type', IMPORT_CONTENT_TYPE);
      xhr.setRequestHeader(LOCALE_HEADER, interfaceLocale());
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
      xhr.onerror = () => resolve(unreachable);
      xhr.onabort = () => resolve(unreachable);
      xhr.onload = () => {
        try {
          resolve(JSON.parse(xhr.responseText) as Result<T>);
        } catch {
          resolve({
            ok: false,
            error: { code: 'INTERNAL', message: `Common Ground answered the upload with an error (${xhr.status}). Nothing was imported.` },
          });
        }
      };
      xhr.send(file);
    });
}

export function createWorkshopUploader(path = IMPORT_UPLOAD_PATH): WorkshopUploader {
  return createUploader<Workshop>(path);
}

export function createSeriesUploader(path = IMPORT_SERIES_UPLOAD_PATH): SeriesUploader {
  return createUploader<Series>(path);
}
