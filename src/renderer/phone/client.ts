import type { ParticipantServerMessage, PhoneActivity, PhoneReason, PhoneStage, RosterEntry } from '../../shared/participant-protocol';
import { isStorageErrorCode } from '../../shared/api/result';
import { i18n } from '@lingui/core';
import { said } from './reasons';

// The phone's side of the participant protocol: one WebSocket to the room,
// reconnecting with backoff, resuming with the device token, and resending
// unacknowledged answers (with the same seq) until the server acks them.
// Type-only imports from the protocol: no zod in the phone bundle for this.

/** Same as PARTICIPANT_SOCKET_PATH (a test checks they agree). */
export const SOCKET_PATH = '/p/ws';

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'closed';
export type TeamId = RosterEntry['team'];

export interface PhoneSnapshot {
  connection: Connection;
  /** The workshop and its list of names (until we know who this is). */
  welcome: { workshopTitle: string; language?: string; roster: RosterEntry[]; allowSelfAdd: boolean } | null;
  /** The workshop's language as the room last said it (welcome or state); null until it has. */
  workshopLanguage: string | null;
  me: RosterEntry | null;
  /** Asked to resume with a stored device token; waiting for the answer. */
  resuming: boolean;
  joining: boolean;
  state: { stage: PhoneStage; activity: PhoneActivity | null; locked: boolean; mine: Record<string, unknown> } | null;
  /** The room was closed: the server's words (in the workshop's language). */
  closedMessage: string | null;
  /** Why, for the phone to say in its own language (reasons.ts). */
  closedReason: PhoneReason | null;
  /** A refusal that is not about one answer (e.g. a name that could not be added), in the room's words. */
  notice: string | null;
  noticeReason: PhoneReason | null;
  /** Answers sent but not yet acknowledged. */
  unsent: number;
  /** The facilitator's laptop could not store an answer (disk full, read-only, damaged): it is kept and sent again. */
  saveTrouble: string | null;
}

export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The id of the JSON the room server puts in the HTML with its first screen (src/main/server/phone-page.ts). */
export const FIRST_SCREEN_ID = 'cg-first';
/** What the HTML already showed before the script: the list of names, or who this phone joined as with no script. */
export type FirstScreen = { welcome: NonNullable<PhoneSnapshot['welcome']> } | { me: RosterEntry };

export interface PhoneClientOptions {
  /** ws://host:port/p/ws?room=… */
  url: string;
  /** The room token: the device token is kept per room. */
  roomToken: string;
  createSocket?: (url: string) => SocketLike;
  storage?: StorageLike | null;
  backoff?: { baseMs: number; maxMs: number };
  /** Ping this often; a connection silent for 2.5× this long is dropped and redialled. */
  heartbeatMs?: number;
  random?: () => number;
  /** Start from what the page's HTML showed, so the script's first screen is the same one. */
  first?: FirstScreen | undefined;
}

interface Pending {
  seq: number;
  activityId: string;
  message: string;
  resolve(mine: Record<string, unknown>): void;
  reject(error: Error): void;
}

const OPEN = 1;
const INITIAL: PhoneSnapshot = {
  connection: 'connecting',
  welcome: null,
  workshopLanguage: null,
  me: null,
  resuming: false,
  joining: false,
  state: null,
  closedMessage: null,
  closedReason: null,
  notice: null,
  noticeReason: null,
  unsent: 0,
  saveTrouble: null,
};

export const SAVE_TROUBLE = "The facilitator's laptop cannot save right now; your answer is kept and will be sent again";
/** After a storage error: first retry after this long, doubling up to STORAGE_RETRY_MAX_MS. */
export const STORAGE_RETRY_MS = 2000;
const STORAGE_RETRY_MAX_MS = 30_000;

export const deviceTokenKey = (roomToken: string) => `cg.device.${roomToken}`;

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, roomToken: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SOCKET_PATH}?room=${encodeURIComponent(roomToken)}`;
}

export class PhoneClient {
  private snap: PhoneSnapshot = INITIAL;
  private listeners = new Set<() => void>();
  private ws: SocketLike | null = null;
  /** Joined (or resumed) on the current socket: answers may be sent. */
  private ready = false;
  private everOnline = false;
  private stopped = true;
  private attempt = 0;
  private nextSeq = 1;
  private pending = new Map<number, Pending>();
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private resendTimer: ReturnType<typeof setTimeout> | null = null;
  private storageRetries = 0;
  private lastHeard = 0;
  /** A join asked for before the socket was open (a name tapped as the page took over): sent after hello. */
  private queuedJoin: string | null = null;
  private readonly opts: Required<Omit<PhoneClientOptions, 'storage' | 'first'>> & { storage: StorageLike | null };

  constructor(options: PhoneClientOptions) {
    this.opts = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      backoff: { baseMs: 500, maxMs: 10_000 },
      heartbeatMs: 15_000,
      random: Math.random,
      ...options,
      storage: options.storage === undefined ? safeLocalStorage() : options.storage,
    };
    const first = options.first;
    if (first && 'welcome' in first) {
      // A phone that will resume with its stored token shows "Connecting…", not a list it leaves at once.
      this.snap = { ...this.snap, welcome: first.welcome, workshopLanguage: first.welcome.language ?? null, resuming: this.readToken() !== null };
    } else if (first) this.snap = { ...this.snap, me: first.me };
  }

  // ----- store-like surface for React (useSyncExternalStore) -----
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): PhoneSnapshot => this.snap;

  private set(patch: Partial<PhoneSnapshot>) {
    this.snap = { ...this.snap, ...patch, unsent: this.pending.size };
    for (const l of this.listeners) l();
  }

  // ----- lifecycle -----
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /** Hang up for good (page unload, tests). Pending answers stay pending. */
  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.detach()?.close(1000, 'bye');
  }

  /** The phone woke up or came back online: try now instead of waiting out the backoff. */
  wake(): void {
    if (this.stopped || this.snap.closedMessage !== null) return;
    if (this.ws) {
      if (this.ws.readyState === OPEN) this.ping();
      return;
    }
    this.attempt = 0;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.connect();
  }

  // ----- what the person does -----
  join(participantId: string): void {
    this.set({ joining: true, notice: null, noticeReason: null });
    this.sendJoin({ t: 'join', participantId });
  }

  joinNew(name: string, team: TeamId): void {
    this.set({ joining: true, notice: null, noticeReason: null });
    this.sendJoin({ t: 'joinNew', name, team });
  }

  /** Now, or right after hello once the socket opens (sent once either way: a lost reply never joins twice). */
  private sendJoin(msg: object) {
    const text = JSON.stringify(msg);
    this.queuedJoin = this.sendRaw(text) ? null : text;
  }

  /** "Not me": forget this device's name and pick again. */
  leave(): void {
    this.forgetToken();
    this.failAll(said('LEFT_BEFORE_SAVED', 'You left before this answer was saved.'));
    this.ready = false;
    this.set({ me: null, state: null, notice: null, noticeReason: null });
    this.send({ t: 'leave' });
  }

  /** Save one answer. Resolves with the saved answers once the server has committed it. */
  submit(activityId: string, itemKey: string, value: unknown): Promise<Record<string, unknown>> {
    if (this.snap.closedMessage !== null) return Promise.reject(new Error(said(this.snap.closedReason, this.snap.closedMessage)));
    const seq = this.nextSeq++;
    // The phone's language, for the room to say a refusal in (JSON leaves it out before one is active).
    const message = JSON.stringify({ t: 'submit', seq, activityId, itemKey, value, locale: i18n.locale });
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { seq, activityId, message, resolve, reject });
      this.set({});
      if (this.ready) this.sendRaw(message);
    });
  }

  // ----- connection -----
  private connect() {
    if (this.stopped) return;
    this.set({ connection: this.everOnline ? 'reconnecting' : 'connecting' });
    let ws: SocketLike;
    try {
      ws = this.opts.createSocket(this.opts.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.ready = false;
    ws.onopen = () => {
      if (this.ws !== ws) return;
      this.attempt = 0;
      this.everOnline = true;
      this.lastHeard = Date.now();
      const token = this.readToken();
      this.set({ connection: 'online', resuming: Boolean(token) });
      this.sendRaw(JSON.stringify(token ? { t: 'hello', deviceToken: token } : { t: 'hello' }));
      if (this.queuedJoin && this.sendRaw(this.queuedJoin)) this.queuedJoin = null;
      this.startHeartbeat();
    };
    ws.onmessage = (ev) => {
      if (this.ws !== ws) return;
      this.lastHeard = Date.now();
      let msg: ParticipantServerMessage;
      try {
        msg = JSON.parse(String(ev.data)) as ParticipantServerMessage;
      } catch {
        return;
      }
      this.handle(msg);
    };
    ws.onerror = () => undefined; // a close follows
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.detach();
      this.lost();
    };
  }

  /** Forget the current socket without hearing from it again. */
  private detach(): SocketLike | null {
    const ws = this.ws;
    this.ws = null;
    this.ready = false;
    this.stopHeartbeat();
    if (ws) ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    return ws;
  }

  private lost() {
    if (this.stopped || this.snap.closedMessage !== null) return;
    this.set({ connection: this.everOnline ? 'reconnecting' : 'connecting', joining: false });
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.stopped || this.reconnectTimer) return;
    const { baseMs, maxMs } = this.opts.backoff;
    const delay = Math.min(maxMs, baseMs * 2 ** this.attempt) * (0.5 + this.opts.random() / 2);
    this.attempt = Math.min(this.attempt + 1, 16);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private startHeartbeat() {
    this.stopHeartbeat();
    const every = this.opts.heartbeatMs;
    this.heartbeatTimer = setInterval(() => {
      if (Date.now() - this.lastHeard > every * 2.5) {
        // Silent too long (Wi-Fi gone, phone slept): hang up and dial again.
        this.detach()?.close(4000, 'silent');
        this.lost();
      } else this.ping();
    }, every);
  }

  private stopHeartbeat() {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  private clearTimers() {
    this.stopHeartbeat();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.resendTimer) clearTimeout(this.resendTimer);
    this.reconnectTimer = this.resendTimer = null;
  }

  private ping() {
    this.sendRaw('{"t":"ping"}');
  }

  private send(msg: object) {
    this.sendRaw(JSON.stringify(msg));
  }

  private sendRaw(data: string): boolean {
    if (!this.ws || this.ws.readyState !== OPEN) return false;
    try {
      this.ws.send(data);
      return true;
    } catch {
      return false;
    }
  }

  /** Send every unacknowledged answer again, oldest first, with its original seq. */
  private flush() {
    if (!this.ready) return;
    for (const p of [...this.pending.values()].sort((a, b) => a.seq - b.seq)) this.sendRaw(p.message);
  }

  private resendLater(ms: number) {
    if (!this.resendTimer) this.resendTimer = setTimeout(() => ((this.resendTimer = null), this.flush()), ms);
  }

  private failAll(reason: string) {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(new Error(reason));
  }

  // ----- what the server says -----
  private handle(msg: ParticipantServerMessage) {
    switch (msg.t) {
      case 'welcome': {
        const wasResuming = this.snap.resuming;
        if (wasResuming || this.snap.me) {
          // The stored token is not valid here any more: pick a name again.
          this.forgetToken();
          this.failAll(said('PICK_AGAIN', 'Pick your name again, then redo this answer.'));
        }
        this.ready = false;
        this.set({
          welcome: { workshopTitle: msg.workshopTitle, language: msg.language, roster: msg.roster, allowSelfAdd: msg.allowSelfAdd },
          workshopLanguage: msg.language ?? this.snap.workshopLanguage,
          me: null,
          resuming: false,
          joining: false,
          state: null,
        });
        return;
      }
      case 'joined':
        this.writeToken(msg.deviceToken);
        this.ready = true;
        this.set({ me: msg.participant, resuming: false, joining: false, notice: null, noticeReason: null });
        this.flush();
        return;
      case 'state':
        this.set({
          state: { stage: msg.stage, activity: msg.activity, locked: msg.locked, mine: msg.mine },
          workshopLanguage: msg.language ?? this.snap.workshopLanguage,
        });
        return;
      case 'ack': {
        const p = this.pending.get(msg.seq);
        if (!p) return; // an ack for a retry we already settled
        this.pending.delete(msg.seq);
        this.storageRetries = 0;
        const state = this.snap.state;
        this.set({ saveTrouble: null, ...(state && state.activity?.id === p.activityId ? { state: { ...state, mine: msg.mine } } : {}) });
        p.resolve(msg.mine);
        return;
      }
      case 'error': {
        const p = msg.seq === undefined ? undefined : this.pending.get(msg.seq);
        if (p && isStorageErrorCode(msg.code)) {
          // Not this answer's fault: keep it and send it again, more slowly each time.
          this.set({ saveTrouble: SAVE_TROUBLE });
          this.resendLater(Math.min(STORAGE_RETRY_MAX_MS, STORAGE_RETRY_MS * 2 ** this.storageRetries++));
          return;
        }
        if (p) {
          this.pending.delete(p.seq);
          this.set({});
          p.reject(new Error(said(msg.reason, msg.message)));
          return;
        }
        if (msg.code === 'RATE_LIMITED') {
          // The server dropped something: send what is still waiting again in a moment.
          this.resendLater(1000);
          return;
        }
        this.set({ notice: msg.message, noticeReason: msg.reason ?? null, joining: false });
        return;
      }
      case 'closed':
        this.forgetToken();
        this.clearTimers();
        this.stopped = true;
        this.failAll(said(msg.reason, msg.message));
        this.set({ closedMessage: msg.message, closedReason: msg.reason ?? null, connection: 'closed' });
        this.detach()?.close(1000, 'closed');
        return;
      case 'pong':
        return;
    }
  }

  // ----- the device token, kept per room -----
  private readToken(): string | null {
    try {
      return this.opts.storage?.getItem(deviceTokenKey(this.opts.roomToken)) ?? null;
    } catch {
      return null;
    }
  }
  private writeToken(token: string) {
    try {
      this.opts.storage?.setItem(deviceTokenKey(this.opts.roomToken), token);
    } catch {
      /* private mode: the phone simply picks its name again after a reload */
    }
  }
  private forgetToken() {
    try {
      this.opts.storage?.removeItem(deviceTokenKey(this.opts.roomToken));
    } catch {
      /* nothing stored */
    }
  }
}

function safeLocalStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
