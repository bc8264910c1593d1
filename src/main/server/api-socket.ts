import { requestLocale } from '../../shared/locale';
import type { WebSocket } from 'ws';
import type { Backend } from '../backend';
import { coalescer } from './coalesce';
import type { ClientMessage, ServerMessage } from '../../shared/api/wire';

export { MAX_API_MESSAGE } from '../../shared/api/wire';

/** One facilitator window: invoke operations, receive change events. */
export function handleApiSocket(ws: WebSocket, backend: Backend): void {
  const sendMsg = (msg: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  // A burst of votes becomes a few pushes, not one per vote.
  const events = coalescer<ServerMessage & { type: 'event' }>(sendMsg, (m) => `${m.event}:${JSON.stringify(m.payload)}`);
  const unsubscribe = backend.subscribe((event, payload) => events.push({ type: 'event', event, payload }));
  const stop = () => {
    unsubscribe();
    events.dispose();
  };
  ws.on('close', stop);
  ws.on('error', stop);
  ws.on('message', (data, isBinary) => {
    const msg = isBinary ? null : parse(String(data));
    if (!msg) {
      sendMsg({
        type: 'result',
        id: -1,
        result: { ok: false, error: { code: 'VALIDATION', message: 'Messages must be JSON: { type: "invoke", id, op, input }.' } },
      });
      return;
    }
    void backend.invoke(msg.op, msg.input, requestLocale(msg.locale)).then((result) => sendMsg({ type: 'result', id: msg.id, result }));
  });
}

function parse(text: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m.type !== 'invoke' || typeof m.id !== 'number' || !Number.isSafeInteger(m.id) || typeof m.op !== 'string') return null;
  return { type: 'invoke', id: m.id, op: m.op, input: m.input, ...(typeof m.locale === 'string' ? { locale: m.locale } : {}) };
}
