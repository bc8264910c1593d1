import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/types';
import { MAX_PARTICIPANT_MESSAGE, PARTICIPANT_SOCKET_PATH } from '../../shared/participant-protocol';
import { sameSecret } from './auth';
import { setSecurityHeaders } from './headers';
import { readStatic, sendStatic } from './static';
import { createPhonePages } from './phone-forms';
import type { Welcome } from './phone-page';
import { json, plain } from './reply';
import { AttemptLimiter, CountPerKey, clientKey } from './rate-limit';
import { createJoinCodeGuard } from './join-code';
import { coalescer } from './coalesce';
import { handlePhoneSocket, welcomeText, type PhoneConnection } from './participant-socket';
import { createWriteQueue } from './write-queue';
import { guardServer, parseTarget, readBody, refuseUpgrade } from './safe-request';
import { getWorkshopOrThrow } from '../services/workshop-records';
import type { Locale } from '../../shared/locale';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { i18nFor } from '../i18n';

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
  /** Open sockets allowed from one address (real rooms: one phone each; tests and benchmarks on loopback raise it). */
  maxPerAddress?: number;
  /** A socket that has not picked a name (or resumed) within this long is closed. */
  joinWithinMs?: number;
  /** Names people may add themselves in this workshop (the facilitator can raise it); `selfAdded` already counted. */
  selfAddLimit?: number;
  selfAdded?: number;
  /** Names one address may add in the window. */
  selfAddPerAddress?: { max: number; windowMs: number };
  /** At most one list of names per this many ms to phones still picking a name (the last change always follows). */
  rosterEveryMs?: number;
  /** Wrong join codes room-wide before the code lengthens, and wrong codes per address before it is told to wait. */
  joinCodeBudget?: { wrongPerCode?: number; perAddress?: { max: number; windowMs: number } };
  onConnectionsChanged?: (count: number) => void;
  /** The join code was replaced by a longer one after too many wrong tries room-wide. */
  onJoinCodeChanged?: (code: string) => void;
  /** Someone added themselves: the count so far. */
  onSelfAdded?: (count: number) => void;
}

/** Sized for a room of up to 1,000 people (see the report of issue 11). */
export const ROOM_DEFAULTS = {
  maxConnections: 2000,
  maxPerAddress: 20,
  joinWithinMs: 60_000,
  /** Walk-ins for a room whose list was prepared, or a whole room of 200 with no list; the facilitator can raise it. */
  selfAddLimit: 200,
  selfAddPerAddress: { max: 3, windowMs: 60_000 },
  rosterEveryMs: 1000,
} as const;

export interface ParticipantServer {
  readonly port: number;
  readonly origin: string;
  readonly joinUrl: string;
  connections(): number;
  /** The code people type; it lengthens after too many wrong tries room-wide. */
  joinCode(): string;
  selfAdd(): { allowed: boolean; added: number; limit: number };
  setSelfAdd(change: { allowed?: boolean | undefined; limit?: number | undefined }): void;
  /** Refuse new connections and close every phone socket (within 1 s). */
  close(): Promise<void>;
}

const staleLink = (i18n: I18n) => t(i18n)`This join link is not valid any more. Ask for the code on the screen.`;
/** A join request is a code of at most 10 letters in a small JSON object. */
const MAX_JOIN_BODY = 512;

export async function startParticipantServer(opts: ParticipantServerOptions): Promise<ParticipantServer> {
  const { core, workshopId } = opts;
  const server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PARTICIPANT_MESSAGE });
  const codes = createJoinCodeGuard({ code: opts.joinCode, ...opts.joinCodeBudget, onChange: (code) => opts.onJoinCodeChanged?.(code) });
  const perAddress = new CountPerKey(opts.maxPerAddress ?? ROOM_DEFAULTS.maxPerAddress);
  const selfAdd = { allowed: opts.allowSelfAdd ?? true, added: opts.selfAdded ?? 0, limit: opts.selfAddLimit ?? ROOM_DEFAULTS.selfAddLimit };
  const selfAddsPerAddress = new AttemptLimiter(
    (opts.selfAddPerAddress ?? ROOM_DEFAULTS.selfAddPerAddress).max,
    (opts.selfAddPerAddress ?? ROOM_DEFAULTS.selfAddPerAddress).windowMs,
  );
  const selfAddOpen = () => selfAdd.allowed && selfAdd.added < selfAdd.limit;
  const phones = new Set<PhoneConnection>();
  const joinedIds = () => new Set([...phones].flatMap((p) => (p.participant ? [p.participant.id] : [])));
  const writes = createWriteQueue(core, 'phone:submit');
  let closing = false;
  /** The workshop's language now: the room's own words follow a change at once. */
  const language = (): Locale => {
    const r = core.transact('phone:language', (ctx) => getWorkshopOrThrow(ctx, workshopId).language);
    return r.ok ? r.value : 'en';
  };

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

  const pushStates = coalescer<'state'>(
    () => phones.forEach((p) => p.pushState()),
    (k) => k,
    30,
  );
  // The list of names goes only to phones looking at it, built and serialised once per
  // refresh, at most once per `rosterEveryMs` during a burst of joins (the last one follows).
  const pushRosters = coalescer<'roster'>(
    () => {
      const readers = [...phones].filter((p) => p.onNameList);
      if (!readers.length) return;
      const text = welcomeText(core, workshopId, joinedIds(), selfAddOpen());
      if (text !== null) for (const p of readers) p.sendText(text);
    },
    (k) => k,
    opts.rosterEveryMs ?? ROOM_DEFAULTS.rosterEveryMs,
  );
  // A workshop change (settings, names in the report, an activity's override, the roster) can
  // change what a joined phone is told; at most once per roster window, so a burst of joins
  // does not recompute every phone's state each time.
  const pushSettings = coalescer<'settings'>(
    () => phones.forEach((p) => p.pushState()),
    (k) => k,
    opts.rosterEveryMs ?? ROOM_DEFAULTS.rosterEveryMs,
  );
  const refreshAll = {
    push: (kind: 'state' | 'roster') => (kind === 'state' ? pushStates.push('state') : pushRosters.push('roster')),
    dispose: () => (pushStates.dispose(), pushRosters.dispose(), pushSettings.dispose()),
  };
  const unsubscribe = core.subscribe((event, payload) => {
    const id = (payload as { workshopId?: string }).workshopId;
    if (id !== workshopId) return;
    if (event === 'run:changed') refreshAll.push('state');
    if (event === 'workshop:changed') {
      refreshAll.push('roster');
      pushSettings.push('settings');
    }
  });

  // The phone page with its first screen filled in, and its forms (for a tap before the script arrives).
  const pages = createPhonePages({
    core,
    workshopId,
    pageDir: opts.pageDir,
    origin,
    roomToken: opts.roomToken,
    codes,
    language,
    welcome: () => {
      const text = welcomeText(core, workshopId, joinedIds(), selfAddOpen());
      if (text === null) return null;
      const { workshopTitle, language, roster, allowSelfAdd } = JSON.parse(text) as Welcome;
      return { workshopTitle, language, roster, allowSelfAdd };
    },
  });

  guardServer(server, 'participant server', handle, handleUpgrade);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    setSecurityHeaders(res, origin);
    // The page's own forms then carry its Origin (checked in phone-forms.ts); with no-referrer Chromium sends "Origin: null".
    res.setHeader('Referrer-Policy', 'same-origin');
    const words = i18nFor(language());
    if (req.headers.host !== hostPort) return plain(res, 421, t(words)`This address is not served here.`);
    const url = parseTarget(req.url, origin);
    if (!url) return plain(res, 400, t(words)`The address of this request is not valid.`);
    const path = url.pathname;
    if (req.method === 'POST' && path === '/join') return joinByCode(req, res);
    if (req.method === 'POST' && path.startsWith('/j/')) {
      return sameSecret(path.slice(3), opts.roomToken) ? pages.namesForm(req, res) : plain(res, 404, staleLink(words));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, t(words)`Method not allowed`);
    if (path === '/' || path.startsWith('/j/')) {
      if (path.startsWith('/j/') && !sameSecret(path.slice(3), opts.roomToken)) {
        return plain(res, 404, staleLink(words));
      }
      // The room's link shows the list of names before any script arrives; the code page, the code form.
      return pages.page(req, res, path === '/' ? 'code' : 'room');
    }
    if (path.startsWith('/assets/')) {
      const file = await readStatic(opts.pageDir, path, req.headers['accept-encoding']);
      if (!file) return plain(res, 404, t(words)`Not found`);
      return sendStatic(req, res, file);
    }
    return plain(res, 404, t(words)`Not found`);
  }

  async function joinByCode(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req, MAX_JOIN_BODY);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') {
      res.setHeader('Connection', 'close');
      return json(res, 413, { ok: false, message: t(i18nFor(language()))`That is too long to be a join code. Type the code on the screen.` });
    }
    if (await pages.codeForm(req, res, body.text)) return; // the code form, sent before (or without) the script
    let code = '';
    try {
      code = String((JSON.parse(body.text || '{}') as { code?: unknown }).code ?? '');
    } catch {
      /* treated as a wrong code */
    }
    // The right code is always let in; wrong ones are slowed per address and counted room-wide (join-code.ts).
    const checked = codes.check(clientKey(req.socket.remoteAddress), code, i18nFor(language()));
    if (!checked.ok) return json(res, checked.status, { ok: false, message: checked.message, reason: checked.reason });
    return json(res, 200, { ok: true, path: `/j/${opts.roomToken}` });
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const refuse = (status: number, text: string) => refuseUpgrade(socket, status, text);
    if (closing) return refuse(503, 'Service Unavailable');
    if (req.headers.host !== hostPort) return refuse(421, 'Misdirected Request');
    if (req.headers.origin !== origin) return refuse(403, 'Forbidden');
    const url = parseTarget(req.url, origin);
    if (!url) return refuse(400, 'Bad Request');
    if (url.pathname !== PARTICIPANT_SOCKET_PATH || !sameSecret(url.searchParams.get('room') ?? '', opts.roomToken)) {
      return refuse(401, 'Unauthorized');
    }
    if (phones.size >= (opts.maxConnections ?? ROOM_DEFAULTS.maxConnections)) return refuse(503, 'Service Unavailable');
    const address = clientKey(req.socket.remoteAddress);
    if (!perAddress.take(address)) return refuse(429, 'Too Many Requests'); // before the handshake
    let admitted = false;
    socket.once('close', () => admitted || perAddress.release(address)); // a handshake ws refused
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      admitted = true;
      const phone = handlePhoneSocket(ws, {
        core,
        workshopId,
        writes,
        allowSelfAdd: selfAddOpen,
        language,
        joinedIds,
        onJoined: () => refreshAll.push('roster'),
        joinWithinMs: opts.joinWithinMs ?? ROOM_DEFAULTS.joinWithinMs,
        selfAdd: {
          refusal: () => {
            if (!selfAdd.allowed) return 'SELF_ADD_OFF';
            if (selfAdd.added >= selfAdd.limit) return 'LIST_FULL';
            if (!selfAddsPerAddress.check(address)) return 'SELF_ADD_BUSY';
            return null;
          },
          added: () => {
            selfAddsPerAddress.record(address);
            selfAdd.added++;
            opts.onSelfAdded?.(selfAdd.added);
            if (!selfAddOpen()) refreshAll.push('roster'); // the lists stop offering "Add yourself"
          },
        },
        ...(opts.rate ? { rate: opts.rate } : {}),
      });
      phones.add(phone);
      opts.onConnectionsChanged?.(phones.size);
      ws.on('close', () => {
        perAddress.release(address);
        phones.delete(phone);
        if (phone.participant) refreshAll.push('roster');
        if (!closing) opts.onConnectionsChanged?.(phones.size);
      });
    });
  }

  return {
    port,
    origin,
    joinUrl,
    connections: () => phones.size,
    joinCode: () => codes.current(),
    selfAdd: () => ({ allowed: selfAdd.allowed, added: selfAdd.added, limit: selfAdd.limit }),
    setSelfAdd(change) {
      const before = selfAddOpen();
      if (change.allowed !== undefined) selfAdd.allowed = change.allowed;
      if (change.limit !== undefined) selfAdd.limit = change.limit;
      if (selfAddOpen() !== before) refreshAll.push('roster');
    },
    async close() {
      closing = true;
      unsubscribe();
      refreshAll.dispose();
      for (const p of phones) p.close('ROOM_CLOSED');
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
