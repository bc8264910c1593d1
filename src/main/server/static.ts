import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MIME_TYPES } from '../mime';


export function mimeType(path: string): string | undefined {
  return MIME_TYPES[extname(path).toLowerCase()];
}

/**
 * Map a URL path to a file inside root, or null. Refuses anything that would
 * leave root, hidden files, source maps and unknown file types.
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

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const path = resolveStatic(root, urlPath);
  if (!path) return null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return { body: await readFile(path), type: mimeType(path)! };
  } catch {
    return null;
  }
}

export function indexPath(root: string): string {
  return join(root, 'index.html');
}
