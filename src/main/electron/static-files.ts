// Pure half of the app:// protocol: which file a request URL names, and
// what type it is. The handler in protocol.ts does the I/O.
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './constants';
import { MIME_TYPES } from '../mime';

export type PathResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 404 };

type PathModule = Pick<typeof nodePath, 'resolve' | 'sep'>;

/**
 * Map `app://common-ground/<path>` to a file inside `rootDir`. Refuses
 * (404) another host or scheme, malformed percent-encoding, NUL bytes,
 * backslashes, drive letters or colons, any `..` segment (also when
 * percent-encoded) and anything that would resolve outside the root.
 * `/` maps to index.html. `pathModule` lets tests check Windows rules.
 */
export function resolveRendererPath(rootDir: string, requestUrl: string, pathModule: PathModule = nodePath): PathResolution {
  if (hasDotSegment(requestUrl)) return { ok: false, status: 404 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (/[\0\\:]/.test(decoded)) return { ok: false, status: 404 };

  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..')) return { ok: false, status: 404 };

  const root = pathModule.resolve(rootDir);
  const filePath = pathModule.resolve(root, ...segments);
  if (!filePath.startsWith(root + pathModule.sep)) return { ok: false, status: 404 };
  return { ok: true, filePath };
}

/**
 * URL parsing silently resolves `..` and `%2e%2e` segments, so
 * `app://common-ground/../../etc/passwd` would arrive as `/etc/passwd`. A
 * request that spells out a dot segment is refused outright instead.
 */
function hasDotSegment(rawUrl: string): boolean {
  const path = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '';
  return path.split(/\/|\\|%2f|%5c/i).some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/** Content type by file extension (case-insensitive); unknown → application/octet-stream. */
export function mimeTypeFor(filePath: string): string {
  const base = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'application/octet-stream';
  return MIME_TYPES[base.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}
