import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/types';
import { MAX_PARTICIPANT_MESSAGE, PARTICIPANT_SOCKET_PATH } from '../../shared/participant-protocol';
import { sameSecret } from './auth';
import { setSecurityHeaders } from './headers';
import { readStatic } from './static';
import { send, json, plain } from './reply';
import { AttemptLimiter } from './rate-limit';
import { normaliseJoinCode } from './join-code';
import { coalescer } from './coalesce';
import { handlePhoneSocket, type PhoneConnection } from './participant-socket';
import { createWriteQueue } from './write-queue';

export interface ParticipantServerOptions {
  core: Core;
  workshopId: string;
  /** The folder of the participant page build (never the facilitator's). */
  pageDir: string;
  /** The address phones use; the server binds to it and answers only to it. */
  host: string;
  port?: number;
  roomToken: string;
  joinCode: string;
  allowSelfAdd?: boolean;
  maxConnections?: number;
  /** Messages per second per phone, and the burst allowed. */
  rate?: { perSecond: number; burst: number };
  onConnectionsChanged?: (count: number) => void;
}

export interface ParticipantServer {
  readonly port: number;
  readonly origin: string;
  readonly joinUrl: string;
  connections(): number;
  /** Refuse new connections and close every phone socket (within 1 s). */
  close(): Promise<void>;
}

const JOIN_PAGE = '/participant.html';

export async function startParticipantServer(opts: ParticipantServerOptions): Promise<ParticipantServer> {
  const { core, workshopId } = opts;
  const server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PARTICIPANT_MESSAGE });
  const codeAttempts = new AttemptLimiter(10, 60_000);
  const phones = new Set<PhoneConnection>();
  const joinedIds = () => new Set([...phones].flatMap((p) => (p.participant ? [p.participant.id] : [])));
  const writes = createWriteQueue(core, 'phone:submit');
  let closing = false;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostPort = `${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  const origin = `http://${hostPort}`;
  const joinUrl = `${origin}/j/${opts.roomToken}`;

  const refreshAll = coalescer<string>(
    (kind) => {
      if (kind === 'state') {
        for (const p of phones) p.pushState();
        return;
      }
      const taken = joinedIds(); // once for every phone still picking a name
      for (const p of phones) if (!p.participant) p.sendWelcome(taken);
    },
    (k) => k,
    30,
  );
  const unsubscribe = core.subscribe((event, payload) => {
    const id = (payload as { workshopId?: string }).workshopId;
    if (id !== workshopId) return;
    if (event === 'run:changed') refreshAll.push('state');
    if (event === 'workshop:changed') refreshAll.push('roster');
  });

  server.on('request', (req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Something went wrong.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    setSecurityHeaders(res, origin);
    if (req.headers.host !== hostPort) return plain(res, 421, 'This address is not served here.');
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    if (req.method === 'POST' && path === '/join') return joinByCode(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    if (path === '/' || path.startsWith('/j/')) {
      if (path.startsWith('/j/') && !sameSecret(path.slice(3), opts.roomToken)) {
        return plain(res, 404, 'This join link is not valid any more. Ask for the code on the screen.');
      }
      const page = await readStatic(opts.pageDir, JOIN_PAGE);
      if (!page) return plain(res, 500, 'The participant page is missing from this build.');
      res.setHeader('Cache-Control', 'no-store');
      return send(res, 200, page.type, page.body);
    }
    if (path.startsWith('/assets/')) {
      const file = await readStatic(opts.pageDir, path);
      if (!file) return plain(res, 404, 'Not found');
      res.setHeader('Cache-Control', 'no-cache');
      return send(res, 200, file.type, file.body);
    }
    return plain(res, 404, 'Not found');
  }

  async function joinByCode(req: IncomingMessage, res: ServerResponse) {
    const client = req.socket.remoteAddress ?? 'unknown';
    if (!codeAttempts.allow(client)) {
      return json(res, 429, { ok: false, message: 'Too many tries. Wait a minute, then type the code again.' });
    }
    const body = await readSmallBody(req, 512);
    let code = '';
    try {
      code = String((JSON.parse(body ?? '{}') as { code?: unknown }).code ?? '');
    } catch {
      /* treated as a wrong code */
    }
    if (!sameSecret(normaliseJoinCode(code), opts.joinCode)) {
      return json(res, 400, { ok: false, message: 'That code does not match. Check the code on the screen.' });
    }
    return json(res, 200, { ok: true, path: `/j/${opts.roomToken}` });
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, text: string) =>
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    if (closing) return refuse(503, 'Service Unavailable');
    if (req.headers.host !== hostPort) return refuse(421, 'Misdirected Request');
    if (req.headers.origin !== origin) return refuse(403, 'Forbidden');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname !== PARTICIPANT_SOCKET_PATH || !sameSecret(url.searchParams.get('room') ?? '', opts.roomToken)) {
      return refuse(401, 'Unauthorized');
    }
    if (phones.size >= (opts.maxConnections ?? 2000)) return refuse(503, 'Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const phone = handlePhoneSocket(ws, {
        core,
        workshopId,
        writes,
        allowSelfAdd: () => opts.allowSelfAdd ?? true,
        joinedIds,
        onJoined: () => refreshAll.push('roster'),
        ...(opts.rate ? { rate: opts.rate } : {}),
      });
      phones.add(phone);
      opts.onConnectionsChanged?.(phones.size);
      ws.on('close', () => {
        phones.delete(phone);
        if (phone.participant) refreshAll.push('roster');
        if (!closing) opts.onConnectionsChanged?.(phones.size);
      });
    });
  });

  return {
    port,
    origin,
    joinUrl,
    connections: () => phones.size,
    async close() {
      closing = true;
      unsubscribe();
      refreshAll.dispose();
      for (const p of phones) p.close('The facilitator closed the room for phones. Thank you for taking part!');
      const hardStop = setTimeout(() => {
        for (const ws of wss.clients) ws.terminate();
      }, 500);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const ws of wss.clients) ws.terminate();
      clearTimeout(hardStop);
      wss.close();
    },
  };
}

function readSmallBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
      if (body.length > max) {
        resolve(null);
        req.destroy();
      }
    });
    req.on('end', () => resolve(body));
    req.on('error', () => resolve(null));
  });
}

