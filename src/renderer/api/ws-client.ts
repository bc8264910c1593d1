import { currentI18n } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import type { ApiClient } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { ClientMessage, ServerMessage } from '../../shared/api/wire';
import { API_SOCKET_PATH, MAX_API_MESSAGE } from '../../shared/api/wire';

type Pending = { resolve: (r: Result<unknown>) => void; timer: ReturnType<typeof setTimeout> };
export type ConnectionState = 'connecting' | 'open' | 'closed';

/**
 * The browser-mode transport: one WebSocket to the loopback server, with
 * automatic reconnection. A call made while disconnected waits for the socket
 * (up to the timeout) rather than failing at once; a call that times out
 * resolves to an UNAVAILABLE error so the store can retry it.
 */
export function createWsClient(
  url = defaultUrl(),
  opts: { timeoutMs?: number; onState?: (s: ConnectionState) => void; locale?: () => string } = {},
): ApiClient & { close(): void } {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const pending = new Map<number, Pending>();
  const queue: ClientMessage[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let closed = false;
  let retry = 0;

  function connect() {
    opts.onState?.('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      opts.onState?.('open');
      for (const msg of queue.splice(0)) ws.send(JSON.stringify(msg));
      // Anything may have changed while we were away.
      emit('workshops:changed', {});
    };
    ws.onmessage = (e) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(e.data)) as ServerMessage;
      } catch {
        return;
      }
      if (msg.type === 'result') {
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        clearTimeout(p.timer);
        p.resolve(msg.result);
      } else if (msg.type === 'event') {
        emit(msg.event, msg.payload);
      }
    };
    ws.onclose = () => {
      socket = null;
      if (closed) return;
      opts.onState?.('closed');
      const delay = Math.min(5000, 250 * 2 ** retry++);
      setTimeout(connect, delay);
    };
  }

  function emit(event: string, payload: unknown) {
    listeners.get(event)?.forEach((l) => l(payload));
  }

  connect();

  return {
    invoke(op, input) {
      const id = nextId++;
      const locale = opts.locale?.();
      const request: ClientMessage = { type: 'invoke', id, op, input, ...(locale ? { locale } : {}) };
      const bytes = messageBytes(request);
      if (bytes > MAX_API_MESSAGE) {
        // Sending it would close the socket (1009) for every other call too: refuse it here, at once.
        const i18n = currentI18n(); // the interface language (Lingui's global instance)
        const size = i18n.number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
        const limit = i18n.number(MAX_API_MESSAGE / (1024 * 1024));
        return Promise.resolve({
          ok: false,
          error: {
            code: 'VALIDATION',
            message: i18n._(msg`This change is too large to send (${size} MB; the limit is ${limit} MB). Nothing was saved.`),
          },
        });
      }
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          const i = queue.indexOf(request);
          if (i >= 0) queue.splice(i, 1);
          resolve({ ok: false, error: { code: 'UNAVAILABLE', message: currentI18n()._(msg`Lost contact with Common Ground. Retrying…`) } });
        }, timeoutMs);
        pending.set(id, { resolve: resolve as Pending['resolve'], timer });
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(request));
        else queue.push(request);
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}

/** The UTF-8 size of a message as it would go on the wire (counted without encoding a copy unless it could be near the limit). */
function messageBytes(msg: ClientMessage): number {
  const text = JSON.stringify(msg);
  if (text.length * 3 <= MAX_API_MESSAGE) return text.length;
  return new TextEncoder().encode(text).length;
}

function defaultUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}${API_SOCKET_PATH}`;
}
