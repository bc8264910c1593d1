import type { WebSocket } from 'ws';
import type { Core } from '../core/types';
import { ParticipantClientMessage, type ParticipantServerMessage, type PhoneReason, type RosterEntry } from '../../shared/participant-protocol';
import { isLocale, type Locale } from '../../shared/locale';
import { i18nFor } from '../i18n';
import { reasonOf, roomWords } from './room-words';
import { describeIssues, friendlyError } from '../../shared/api/validate';
import * as session from '../services/participant-session';
import { TokenBucket } from './rate-limit';
import type { WriteQueue } from './write-queue';

export interface PhoneConnection {
  participant: RosterEntry | null;
  /** Said hello and is looking at the list of names (not joined): the one who needs roster updates. */
  readonly onNameList: boolean;
  pushState(): void;
  sendWelcome(): void;
  /** A message already serialised once for many phones (e.g. the roster for everyone on the name list). */
  sendText(text: string): void;
  /** The room is closing: say so (in the workshop's language, with a reason the phone says in its own) and hang up. */
  close(reason: PhoneReason): void;
}

/** Closed with this code when a socket has not picked a name (or resumed) in time. */
export const JOIN_TIMEOUT_CLOSE = 4001;

/** The welcome (title, list of names, whether people may add themselves) as one message to send to many phones. */
export function welcomeText(core: Core, workshopId: string, taken: ReadonlySet<string>, allowSelfAdd: boolean): string | null {
  const r = core.transact('phone:welcome', (ctx) => session.roster(ctx, workshopId));
  if (!r.ok) return null;
  const roster = r.value.roster.map((p) => (taken.has(p.id) ? { ...p, joined: true } : p));
  const msg: ParticipantServerMessage = { t: 'welcome', workshopTitle: r.value.title, language: r.value.language, roster, allowSelfAdd };
  return JSON.stringify(msg);
}

export interface PhoneSocketOptions {
  core: Core;
  workshopId: string;
  allowSelfAdd: () => boolean;
  /** The workshop's language right now (the room's own words are said in it). */
  language: () => Locale;
  /** Who is answering on a phone in this room right now (to mark those names on the list). */
  joinedIds?: () => ReadonlySet<string>;
  /** Someone joined or left: the lists of phones still picking a name need refreshing. */
  onJoined?: () => void;
  /** Shared by every phone of the room: their votes are committed together. */
  writes: WriteQueue;
  /** Messages per second allowed per connection, and the burst. */
  rate?: { perSecond: number; burst: number };
  /** A socket that has not picked a name (or resumed) within this long is closed. */
  joinWithinMs?: number;
  /**
   * Room-wide limits on adding oneself (per address, the workshop's ceiling): why this add is
   * refused, or null. `added` is called once a name was added.
   */
  selfAdd?: { refusal(): PhoneReason | null; added(): void };
}

const MAX_STRIKES = 200;

/** One phone on the LAN. Everything it says is validated; it can only touch its own answers. */
export function handlePhoneSocket(ws: WebSocket, opts: PhoneSocketOptions): PhoneConnection {
  const { core, workshopId } = opts;
  const bucket = new TokenBucket(opts.rate?.burst ?? 40, opts.rate?.perSecond ?? 20);
  let strikes = 0;
  let participant: RosterEntry | null = null;
  let onNameList = false;
  let addedOne = false;
  const joinWithinMs = opts.joinWithinMs ?? 60_000;
  let joinTimer: ReturnType<typeof setTimeout> | undefined;
  /** Until it picks a name (or resumes), a socket only holds a slot for `joinWithinMs`. */
  const waitForJoin = () => {
    clearTimeout(joinTimer);
    joinTimer = setTimeout(() => {
      if (!participant) ws.close(JOIN_TIMEOUT_CLOSE, `No name picked within ${Math.round(joinWithinMs / 1000)} s: reconnect to see the list again`);
    }, joinWithinMs);
  };
  const setParticipant = (p: RosterEntry | null) => {
    participant = p;
    onNameList = false;
    if (p) clearTimeout(joinTimer);
    else waitForJoin();
  };
  waitForJoin();
  ws.on('close', () => clearTimeout(joinTimer));

  const send = (msg: ParticipantServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const error = (message: string, code = 'VALIDATION', seq?: number) => {
    const reason = code === 'VALIDATION' ? undefined : reasonOf(i18nFor(opts.language()), message);
    send({ t: 'error', ...(seq === undefined ? {} : { seq }), code, message, ...(reason ? { reason } : {}) });
  };
  /** A refusal of the room's own, in the workshop's language, with its reason for the phone. */
  const refuse = (reason: PhoneReason, code: string, seq?: number) =>
    send({ t: 'error', ...(seq === undefined ? {} : { seq }), code, message: roomWords(i18nFor(opts.language()), reason), reason });

  const connection: PhoneConnection = {
    get participant() {
      return participant;
    },
    get onNameList() {
      return onNameList;
    },
    sendWelcome() {
      const text = welcomeText(core, workshopId, opts.joinedIds?.() ?? new Set<string>(), opts.allowSelfAdd());
      if (text === null) return;
      onNameList = true;
      connection.sendText(text);
    },
    sendText(text) {
      if (ws.readyState === ws.OPEN) ws.send(text);
    },
    pushState() {
      if (!participant) return;
      const id = participant.id;
      const r = core.transact('phone:state', (ctx) => session.phoneState(ctx, workshopId, id));
      if (r.ok) send({ t: 'state', ...r.value });
    },
    close(reason) {
      send({ t: 'closed', message: roomWords(i18nFor(opts.language()), reason), reason });
      ws.close(1001, 'Room closed');
    },
  };

  const joined = (r: ReturnType<Core['transact']>) => {
    if (!r.ok) return error(r.error.message, r.error.code);
    const value = r.value as { participant: RosterEntry; deviceToken: string };
    setParticipant(value.participant);
    send({ t: 'joined', participant: value.participant, deviceToken: value.deviceToken });
    connection.pushState();
    opts.onJoined?.();
  };

  // ws closes the socket itself (1009 for oversize); nothing else to do here.
  ws.on('error', () => undefined);
  ws.on('message', (data, isBinary) => {
    if (!bucket.take()) {
      if (++strikes > MAX_STRIKES) ws.close(1008, 'Too many messages');
      return refuse('SLOW_DOWN', 'RATE_LIMITED');
    }
    let raw: unknown;
    try {
      raw = isBinary ? undefined : JSON.parse(String(data));
    } catch {
      raw = undefined;
    }
    const parsed = ParticipantClientMessage.safeParse(raw, { error: friendlyError });
    if (!parsed.success) {
      const seq = typeof (raw as { seq?: unknown } | undefined)?.seq === 'number' ? (raw as { seq: number }).seq : undefined;
      return error(describeIssues(parsed.error).message, 'VALIDATION', seq);
    }
    const msg = parsed.data;
    switch (msg.t) {
      case 'ping':
        return send({ t: 'pong' });
      case 'hello': {
        if (msg.deviceToken) {
          const token = msg.deviceToken;
          const r = core.transact('phone:resume', (ctx) => session.resume(ctx, workshopId, token));
          if (r.ok && r.value) {
            setParticipant(r.value);
            send({ t: 'joined', participant: r.value, deviceToken: token });
            return connection.pushState();
          }
        }
        return connection.sendWelcome();
      }
      case 'join': {
        const id = msg.participantId;
        return joined(core.transact('phone:join', (ctx) => session.joinAs(ctx, workshopId, id)));
      }
      case 'joinNew': {
        const refusal = opts.selfAdd?.refusal();
        if (refusal) return refuse(refusal, 'CONFLICT');
        if (!opts.allowSelfAdd()) return refuse('SELF_ADD_OFF', 'CONFLICT');
        if (addedOne) return refuse('ALREADY_ADDED', 'CONFLICT');
        const { name, team } = msg;
        const r = core.transact('phone:joinNew', (ctx) => session.joinNew(ctx, workshopId, name, team));
        if (r.ok) {
          addedOne = true;
          opts.selfAdd?.added();
        }
        return joined(r);
      }
      case 'leave':
        setParticipant(null);
        return connection.sendWelcome();
      case 'submit': {
        if (!participant) return refuse('PICK_NAME_FIRST', 'UNAUTHORIZED', msg.seq);
        const id = participant.id;
        const { locale, ...answer } = msg;
        void opts.writes
          .write((ctx) => session.submitFromPhone(ctx, workshopId, id, answer), isLocale(locale) ? locale : opts.language())
          .then((r) => {
            if (!r.ok) return error(r.error.message, r.error.code, msg.seq);
            send({ t: 'ack', seq: msg.seq, mine: r.value });
          });
        return;
      }
    }
  });

  return connection;
}
