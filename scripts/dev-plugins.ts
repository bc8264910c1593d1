// The pieces of `npm run dev` (scripts/dev.ts) that make Vite's dev server stand in for the
// core's own page server while keeping its rules: the token link, a strict CSP, and a proxy
// that passes the API on to the core without opening it to other pages.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin, ProxyOptions } from 'vite';
import { tokenCookie } from '../src/main/server/auth';
import { API_SOCKET_PATH } from '../src/shared/api/wire';
import { IMPORT_UPLOAD_PATH } from '../src/shared/import-upload';

/**
 * `/?token=…` as the core answers it: the token goes into the same HttpOnly cookie and out of the
 * address bar. The cookie is the core's (cookies do not depend on the port), so the API calls the
 * proxy passes on carry it; a wrong token is refused here as the core would.
 */
export function tokenLink(token: string): Plugin {
  return {
    name: 'cg-dev-token-link',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev.invalid');
        const given = url.searchParams.get('token');
        if (given === null) return next();
        if (given !== token) {
          res.statusCode = 401;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('This link is not the one `npm run dev` printed; copy the whole link from the terminal.');
          return;
        }
        url.searchParams.delete('token');
        res.statusCode = 303;
        res.setHeader('Set-Cookie', tokenCookie(token));
        res.setHeader('Location', url.pathname + url.search + url.hash);
        res.end();
      });
    },
  };
}

/**
 * The page's CSP stays as strict as in the app (`script-src 'self'`): the one inline script Vite
 * adds in development (React Fast Refresh's preamble) is allowed by its hash, nothing else.
 */
export function devStrictCsp(): Plugin {
  return {
    name: 'cg-dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
        );
        if (!hashes.length) return html;
        return html.replace(/(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/, `$1 ${hashes.join(' ')}`);
      },
    },
  };
}

/**
 * The API (operations, the import upload, exports and the API WebSocket) passed on to the core. The
 * core accepts only its own origin, so a request from the dev server's page has its Origin
 * translated; a request from any other page keeps its Origin and the core refuses it as usual.
 */
export function devProxy(coreOrigin: string, ownOrigin: () => string): Record<string, ProxyOptions> {
  const translate = (proxyReq: { setHeader(name: string, value: string): void }, req: IncomingMessage) => {
    if (req.headers.origin === ownOrigin()) proxyReq.setHeader('origin', coreOrigin);
  };
  const api: ProxyOptions = {
    target: coreOrigin,
    changeOrigin: true,
    configure(proxy) {
      proxy.on('proxyReq', translate);
      proxy.on('proxyReqWs', translate);
    },
  };
  // Exact paths: the renderer's own modules live under /api/ too (src/renderer/api/*.ts).
  const exactly = (path: string) => `^${path}(\\?.*)?$`;
  return { [exactly(API_SOCKET_PATH)]: { ...api, ws: true }, [exactly(IMPORT_UPLOAD_PATH)]: api, '^/api/(op|export)/': api };
}
