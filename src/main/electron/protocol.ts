// The app:// scheme: the renderer is served from out/renderer, never file://.
import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './constants';
import { mimeTypeFor, resolveRendererPath } from './static-files';

/** Must run before the app is ready. Standard + secure: relative URLs, storage and a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function errorResponse(status: number): Response {
  const text = status === 404 ? 'Not found' : status === 405 ? 'Method not allowed' : 'Bad request';
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** After ready: answer app:// requests with files from `rendererDir`. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveRendererPath(rendererDir, request.url);
    if (!resolved.ok) return errorResponse(resolved.status);
    try {
      const info = await stat(resolved.filePath);
      if (!info.isFile()) return errorResponse(404);
      const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
      return new Response(body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': mimeTypeFor(resolved.filePath),
          'Content-Length': String(info.size),
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return errorResponse(404);
    }
  });
}
