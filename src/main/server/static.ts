import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';
import { MIME_TYPES } from '../mime';

export function mimeType(path: string): string | undefined {
  return MIME_TYPES[extname(path).toLowerCase()];
}

/**
 * Map a URL path to a file inside root, or null. Refuses anything that would
 * leave root, hidden files, source maps and unknown file types (so the .br and
 * .gz files next to an asset are never served on their own).
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, normalize(rel));
  if (full !== base && !full.startsWith(base + sep)) return null;
  const parts = full.slice(base.length + 1).split(sep);
  if (parts.some((p) => p.startsWith('.'))) return null;
  if (full.endsWith('.map') || !mimeType(full)) return null;
  return full;
}

/** Content codings this server sends, best first (when the client likes several equally). */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number] | 'identity';
const SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/**
 * The coding to send from those available, by the request's Accept-Encoding with its
 * q-values (`br;q=0` refuses brotli); ties go to the order of `available`. Without the
 * header, or when nothing offered is acceptable, the body goes as it is (identity).
 */
export function chooseCoding(acceptEncoding: string | string[] | undefined, available: readonly Coding[]): Coding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(', ') : acceptEncoding;
  if (!header) return 'identity';
  const offered = available.filter((c) => c !== 'identity');
  // @types/negotiator lacks the `preferred` option negotiator 1.x has.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as {
    encodings(available: readonly string[], options: { preferred: readonly string[] }): string[];
  };
  const best = negotiator.encodings([...offered, 'identity'], { preferred: offered })[0];
  return (offered as string[]).includes(best ?? '') ? (best as Coding) : 'identity';
}

export interface StaticFile {
  body: Buffer;
  type: string;
  coding: Coding;
  /** The URL path was a hashed build asset (under /assets/, named name-<hash>.ext): it never changes. */
  immutable: boolean;
}

const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const isFile = (path: string) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * A file under root for a URL path, or null. When the build left precompressed copies next to
 * it (`app-1a2b3c4d.js.br`, `.gz`), the one the client accepts best is read instead; they are
 * only ever the same file compressed, so a missing or unreadable copy falls back to the file.
 */
export async function readStatic(root: string, urlPath: string, acceptEncoding?: string | string[]): Promise<StaticFile | null> {
  const path = resolveStatic(root, urlPath);
  if (!path || !(await isFile(path))) return null;
  const type = mimeType(path)!;
  const immutable = HASHED_ASSET.test(urlPath);
  const present: Coding[] = [];
  if (acceptEncoding) for (const c of CODINGS) if (await isFile(path + SUFFIX[c])) present.push(c);
  const coding = chooseCoding(acceptEncoding, present);
  try {
    if (coding !== 'identity') return { body: await readFile(path + SUFFIX[coding]), type, coding, immutable };
  } catch {
    /* fall through to the file itself */
  }
  try {
    return { body: await readFile(path), type, coding: 'identity', immutable };
  } catch {
    return null;
  }
}

/** Compress a small body made per request (the phone page with its title) for the coding the client accepts best. */
export function compressFor(acceptEncoding: string | string[] | undefined, body: Buffer): { body: Buffer; coding: Coding } {
  const coding = chooseCoding(acceptEncoding, CODINGS);
  if (coding === 'br')
    return { body: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }), coding };
  if (coding === 'gzip') return { body: gzipSync(body), coding };
  return { body, coding };
}

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Send a file (or a page made from one) with its coding, `Vary: Accept-Encoding`, its length
 * and a cache policy: a year for hashed assets, revalidate everything else. HEAD gets the
 * headers only.
 */
export function sendStatic(
  req: IncomingMessage,
  res: ServerResponse,
  file: Pick<StaticFile, 'body' | 'type' | 'coding' | 'immutable'>,
  cacheControl?: string,
): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', file.type);
  if (file.coding !== 'identity') res.setHeader('Content-Encoding', file.coding);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Cache-Control', cacheControl ?? (file.immutable ? CACHE_IMMUTABLE : 'no-cache'));
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
