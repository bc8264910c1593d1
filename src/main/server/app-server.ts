import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Backend } from '../backend';
import { API_SOCKET_PATH } from '../../shared/api/wire';
import { allowedHosts, presentedToken, sameSecret, tokenCookie } from './auth';
import { setSecurityHeaders } from './headers';
import { readStatic, sendStatic } from './static';
import { json, plain, refuse, send } from './reply';
import { handleApiSocket, MAX_API_MESSAGE } from './api-socket';
import { guardServer, parseTarget, readBody, refuseUpgrade, safeDecode, tooLarge } from './safe-request';
import { refuseStateChange, type StateChangeRules } from './request-guard';
import { handleImportUpload, IMPORT_SERIES_UPLOAD_PATH, IMPORT_UPLOAD_PATH } from './upload';
import { localeHeader } from './locale-header';

export interface AppServerOptions {
  backend: Backend;
  rendererDir: string;
  token: string;
  host?: string;
  /** Port to try; 0 = any free port. */
  port?: number;
  /** When the port is taken, try the next ones (up to this many) before failing. */
  portAttempts?: number;
}

export interface AppServer {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

const STATUS_FOR: Record<string, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  STORAGE_FULL: 507,
  STORAGE_READONLY: 503,
  STORAGE_DAMAGED: 500,
};
const MAX_BODY = 1024 * 1024;

/**
 * The facilitator's server for browser mode: the built renderer and the same
 * API as Electron IPC, on loopback, behind a per-start token.
 */
export async function startAppServer(opts: AppServerOptions): Promise<AppServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_API_MESSAGE });
  const port = await listen(server, host, opts.port ?? 4310, opts.portAttempts ?? 20);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${urlHost}:${port}`;
  const hosts = allowedHosts(urlHost, port);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const jsonWrites: StateChangeRules = { origins, contentTypes: ['application/json'] };
  const authorized = (req: IncomingMessage, url: URL) => {
    const t = presentedToken(req, url);
    return t !== undefined && sameSecret(t, opts.token);
  };

  async function handleRequest(req: IncomingMessage, res: ServerResponse) {
    setSecurityHeaders(res, origin);
    if (!req.headers.host || !hosts.has(req.headers.host)) {
      return plain(res, 421, 'This server only answers on its own address.');
    }
    const url = parseTarget(req.url, origin);
    if (!url) return plain(res, 400, 'The address of this request is not valid.');
    if (!authorized(req, url)) {
      return send(res, 401, 'text/html; charset=utf-8', UNAUTHORIZED_PAGE);
    }
    if (url.searchParams.has('token')) {
      // Keep the token in an HttpOnly cookie and take it out of the address bar.
      res.setHeader('Set-Cookie', tokenCookie(opts.token));
      url.searchParams.delete('token');
      res.setHeader('Location', url.pathname + url.search + url.hash);
      return plain(res, 303, 'See other');
    }
    if (url.pathname === IMPORT_UPLOAD_PATH) return handleImportUpload(req, res, { backend: opts.backend, origins });
    if (url.pathname === IMPORT_SERIES_UPLOAD_PATH) return handleImportUpload(req, res, { backend: opts.backend, origins, kind: 'series' });
    if (refuseStateChange(req, res, jsonWrites)) return;
    if (url.pathname.startsWith('/api/op/')) return handleApiPost(req, res, url.pathname.slice('/api/op/'.length));
    if (url.pathname.startsWith('/api/export/')) return download(req, res, safeDecode(url.pathname.slice('/api/export/'.length)) ?? '');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    const file = await readStatic(opts.rendererDir, url.pathname, req.headers['accept-encoding']);
    if (!file) return plain(res, 404, 'Not found');
    return sendStatic(req, res, file, file.type.startsWith('text/html') ? 'no-store' : undefined);
  }

  /** A prepared export (see export:prepare), as an attachment. Behind the same token as everything else. */
  function download(req: IncomingMessage, res: ServerResponse, exportId: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Use GET');
    const file = opts.backend.exports.get(exportId);
    if (!file) return plain(res, 404, 'That export has expired. Make it again from the export screen.');
    const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', String(file.body.length));
    return send(res, 200, file.mime, req.method === 'HEAD' ? '' : file.body);
  }

  async function handleApiPost(req: IncomingMessage, res: ServerResponse, op: string) {
    if (req.method !== 'POST') return plain(res, 405, 'Use POST');
    const body = await readBody(req, MAX_BODY);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') return tooLarge(res, MAX_BODY);
    let input: unknown;
    try {
      input = body.text.length ? JSON.parse(body.text) : {};
    } catch {
      return refuse(res, 400, 'VALIDATION', 'The request body is not valid JSON.');
    }
    const name = safeDecode(op);
    if (name === null) return refuse(res, 404, 'NOT_FOUND', 'There is no such operation: its name is not valid text.');
    const result = await opts.backend.invoke(name, input, localeHeader(req));
    return json(res, result.ok ? 200 : (STATUS_FOR[result.error.code] ?? 400), result);
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = parseTarget(req.url, origin);
    if (!url) return refuseUpgrade(socket, 400, 'Bad Request');
    if (!req.headers.host || !hosts.has(req.headers.host)) return refuseUpgrade(socket, 421, 'Misdirected Request');
    if (!req.headers.origin || !origins.has(req.headers.origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!authorized(req, url)) return refuseUpgrade(socket, 401, 'Unauthorized');
    if (url.pathname !== API_SOCKET_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => handleApiSocket(ws, opts.backend));
  }

  guardServer(server, 'app server', handleRequest, handleUpgrade);

  return {
    url: origin,
    port,
    host,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, host: string, port: number, attempts: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const attempt = (p: number) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && p !== 0 && ++tries < attempts) attempt(p + 1);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    };
    attempt(port);
  });
}

const UNAUTHORIZED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Common Ground: link needed</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#111827">
<h1>Open Common Ground from its link</h1>
<p>For your workshop data's safety, this page only opens from the link that <code>npm run serve</code> printed in the terminal
(it ends in <code>?token=…</code>). Copy that whole link into the address bar.</p></body></html>`;
